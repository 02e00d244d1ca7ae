/**
 * "What happened to record #n?": the ledger's facts about one record (a producer's per-partition
 * sequence number), read from a snapshot, for the view to put into words. It covers what the snapshot
 * still shows (recent batches); older records are reported as "forgotten".
 */
import type { SimSnapshot } from '../snapshot';

export interface RecordStory {
  partition: number;
  sequence: number;
  status:
    'notYetSent' | 'buffered' | 'inFlight' | 'retrying' | 'failed' | 'lostAfterAck' | 'inLog' | 'forgotten';
  /** Offsets of its copies in the leader's log (two or more: duplicated). */
  offsets: number[];
  acked: boolean;
  belowHw: boolean;
  /** Brokers whose replica holds it. */
  onBrokers: number[];
  reordered: boolean;
  error: string | null;
  attempts: number;
}

interface SeqRange {
  baseSequence: number;
  count: number;
}

const holds = (b: SeqRange, seq: number) => seq >= b.baseSequence && seq < b.baseSequence + b.count;

/** Facts about record `sequence` sent by producer `producerId` (default: the first) to `partition`. */
export function explainRecord(
  snap: SimSnapshot,
  partition: number,
  sequence: number,
  producerId?: string,
): RecordStory | null {
  const p = snap.producers.find((x) => x.id === producerId) ?? snap.producers[0];
  const tp = snap.partitions.find((x) => x.topic === p?.topic && x.partition === partition);
  if (!p || !tp) return null;
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
  if (sequence >= (p.nextSequences[partition] ?? 0)) return { ...story, status: 'notYetSent' };
  const queued = p.batches.find((b) => b.partition === partition && holds(b, sequence));
  const flying = p.inFlightBatches.find((b) => b.partition === partition && holds(b, sequence));
  const failed = p.failures.find((f) => f.partition === partition && holds(f, sequence));
  for (const b of tp.ledgerBatches) {
    if (b.producer !== p.id || !holds(b, sequence)) continue;
    story.offsets.push(b.baseOffset + sequence - b.baseSequence);
    story.acked ||= b.acked === true;
    story.reordered ||= b.reordered === true;
  }
  if (story.offsets.length > 0) {
    const first = story.offsets[0]!;
    story.status = 'inLog';
    story.belowHw = first < tp.highWatermark;
    story.onBrokers = tp.replication.replicaViews
      .filter((r) => r.logEndOffset > first && (r.divergedAt < 0 || r.divergedAt > first))
      .map((r) => r.broker);
    // The batch completed at the producer (acks=1/all), so the callback reported success.
    if (!queued && !flying && !failed && String(p.config['acks']) !== '0') story.acked = true;
    return story;
  }
  if (tp.replication.ledger.lost.some((l) => l.producer === p.id && holds(l, sequence)))
    return { ...story, status: 'lostAfterAck', acked: true };
  if (failed) return { ...story, status: 'failed', error: failed.error };
  if (flying) return { ...story, status: 'inFlight', attempts: flying.attempts };
  if (queued)
    return {
      ...story,
      status: queued.retryAttempts > 0 ? 'retrying' : 'buffered',
      attempts: queued.retryAttempts,
    };
  return story;
}
