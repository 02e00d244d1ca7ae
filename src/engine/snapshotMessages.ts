/** Messages on the wire as the read model shows them: who sends to whom, when, and what they carry. */
import type { Message, SimState } from './model/state';
import { groupMessageEnds } from './consumer/groupModel';
import { heartbeatDetail, type HeartbeatDetail } from './consumer/consumerProtocol/heartbeatDetail';

export interface MessageView {
  id: number;
  kind: Message['kind'];
  /** 'producer:p1', 'broker:0', 'member:g1/0'. */
  from: string;
  to: string;
  sentAt: number;
  arriveAt: number;
  records: number;
  bytes: number;
  /** Per-partition share of the payload (batches in a produce request, slices in a fetch response). */
  parts: { topic: string; partition: number; records: number }[];
  /** A group-protocol response's error code (e.g. REBALANCE_IN_PROGRESS), when it carries one. */
  error?: string;
  /** ConsumerGroupHeartbeat (KIP-848): the epoch and the partitions it carries (null: unchanged). */
  heartbeat?: HeartbeatDetail;
}

export function describeMessage(sim: SimState, m: Message): MessageView {
  const base = {
    id: m.id,
    kind: m.kind,
    sentAt: m.sentAt,
    arriveAt: m.arriveAt,
    parts: [] as MessageView['parts'],
  };
  switch (m.kind) {
    case 'produceRequest': {
      const records = m.batches.reduce((n, b) => n + b.count, 0);
      const bytes = m.batches.reduce((n, b) => n + b.bytes, 0);
      const parts = m.batches.map((b) => ({ topic: b.topic, partition: b.partition, records: b.count }));
      return {
        ...base,
        from: `producer:${sim.producers[m.producer]!.id}`,
        to: `broker:${m.broker}`,
        records,
        bytes,
        parts,
      };
    }
    case 'produceResponse':
      return {
        ...base,
        from: `broker:${m.broker}`,
        to: `producer:${sim.producers[m.producer]!.id}`,
        records: m.results.reduce((n, r) => n + r.batch.count, 0),
        bytes: 0,
        parts: m.results.map((r) => ({
          topic: r.batch.topic,
          partition: r.batch.partition,
          records: r.batch.count,
        })),
      };
    case 'fetchResponse':
      return {
        ...base,
        from: `broker:${m.broker}`,
        to: `member:${sim.groups[m.group]!.id}/${m.member}`,
        records: m.slices.reduce((n, s) => n + s.toOffset - s.fromOffset, 0),
        bytes: m.slices.reduce((n, s) => n + s.bytes, 0),
        parts: m.slices.map((s) => ({
          topic: s.topic,
          partition: s.partition,
          records: s.toOffset - s.fromOffset,
        })),
      };
    case 'fetchRequest': // a consumer's request to a broker: nothing carried yet
    case 'commitRequest':
      return {
        ...base,
        from: `member:${sim.groups[m.group]!.id}/${m.member}`,
        to: `broker:${m.broker}`,
        records: 0,
        bytes: 0,
      };
    case 'replicaFetchRequest':
      return { ...base, from: `broker:${m.follower}`, to: `broker:${m.broker}`, records: 0, bytes: 0 };
    case 'replicaFetchResponse':
      return {
        ...base,
        from: `broker:${m.broker}`,
        to: `broker:${m.follower}`,
        records: m.slices.reduce((n, s) => n + s.toOffset - s.fromOffset, 0),
        bytes: 0,
        parts: m.slices.map((s) => ({
          topic: s.topic,
          partition: s.partition,
          records: s.toOffset - s.fromOffset,
        })),
      };
    default:
      return {
        ...base,
        ...groupMessageEnds(sim, m),
        records: 0,
        bytes: 0,
        ...('error' in m && m.error ? { error: m.error } : {}),
        ...heartbeatDetail(m),
      };
  }
}
