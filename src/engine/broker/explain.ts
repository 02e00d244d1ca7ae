/**
 * "What happened to record #n?": the ledger's facts about one record (a producer's per-partition
 * sequence number), for the view to put into words. Looks only at what the simulator still keeps.
 */
import type { SimState } from '../model/state';

export interface RecordStory {
  partition: number;
  sequence: number;
  /** Where the record is now, as far as the producer and the log know. */
  status:
    'notYetSent' | 'buffered' | 'inFlight' | 'retrying' | 'failed' | 'lostAfterAck' | 'inLog' | 'forgotten';
  /** Offsets of its copies in the leader's log (two or more: duplicated). */
  offsets: number[];
  acked: boolean;
  belowHw: boolean;
  /** Brokers whose replica holds it (log end beyond its offset). */
  onBrokers: number[];
  reordered: boolean;
  error: string | null;
  attempts: number;
}

/** Facts about record `sequence` of the first producer's partition `partition`. */
export function explainRecord(sim: SimState, partition: number, sequence: number): RecordStory | null {
  const p = sim.producers[0];
  if (!p) return null;
  const tp = sim.topics.find((t) => t.name === p.topic)?.partitions[partition];
  if (!tp) return null;
  const story: RecordStory = {
    partition,
    sequence,
    status: 'forgotten',
    offsets: [],
    acked: false,
    belowHw: false,
    onBrokers: [],
    reordered: false,
    error: null,
    attempts: 0,
  };
  const holds = (b: { baseSequence: number; count: number }) =>
    sequence >= b.baseSequence && sequence < b.baseSequence + b.count;
  if (sequence >= (p.sequences[partition] ?? 0)) return { ...story, status: 'notYetSent' };
  for (const b of tp.batches) {
    if (b.producer !== p.id || !holds(b)) continue;
    const offset = b.baseOffset + sequence - b.baseSequence;
    story.offsets.push(offset);
    story.acked ||= b.acked === true;
    story.reordered ||= b.reordered === true;
  }
  const lost = tp.ledger.lost.find((l) => l.producer === p.id && holds(l));
  const failed = p.delivery.failures.find((f) => f.partition === partition && holds(f));
  const queued = p.deques[partition]!.find(holds);
  const flying = p.delivery.pending
    .flatMap((r) => r.batches)
    .find((b) => b.partition === partition && holds(b));
  if (story.offsets.length > 0) {
    const first = story.offsets[0]!;
    story.status = 'inLog';
    story.belowHw = first < tp.highWatermark;
    story.onBrokers = tp.replicaStates
      .filter((r) => r.logEndOffset > first && (r.divergedAt < 0 || r.divergedAt > first))
      .map((r) => r.broker);
    // acks=1/all: a record in the log whose batch completed was acknowledged even if pruned flags are gone.
    if (!queued && !flying && !failed) story.acked = true;
  } else if (lost) story.status = 'lostAfterAck';
  else if (failed) {
    story.status = 'failed';
    story.error = failed.error;
  } else if (flying) {
    story.status = 'inFlight';
    story.attempts = flying.attempts ?? 1;
  } else if (queued) {
    story.status = queued.retry ? 'retrying' : 'buffered';
    story.attempts = queued.retry?.attempts ?? 0;
  }
  return story;
}
