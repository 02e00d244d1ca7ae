/**
 * Every glossary term's name (the first download: a <Term> shows its name at once). The definitions are in
 * glossary.ts, loaded with the glossary dialog or a term's first tooltip (glossaryLoader.ts). Each name
 * equals its entry's `term` (glossary.test.ts); a new TermId without a name here is a type error.
 */
import type { TermId } from './glossaryTypes';
import type { Lang } from './types';

export const TERM_NAMES: Record<TermId, Record<Lang, string>> = {
  record: { en: 'record', ko: '레코드(record)' },
  key: { en: 'key', ko: 'key' },
  topic: { en: 'topic', ko: '토픽(topic)' },
  partition: { en: 'partition', ko: '파티션(partition)' },
  offset: { en: 'offset', ko: '오프셋(offset)' },
  producer: { en: 'producer', ko: '프로듀서(producer)' },
  batch: { en: 'batch', ko: '배치(batch)' },
  linger: { en: 'linger.ms', ko: 'linger.ms' },
  batchSize: { en: 'batch.size', ko: 'batch.size' },
  bufferMemory: { en: 'buffer.memory', ko: 'buffer.memory' },
  stickyPartitioning: { en: 'sticky partitioning', ko: 'sticky 파티셔닝' },
  roundRobin: { en: 'round robin', ko: '라운드 로빈(round robin)' },
  murmur2: { en: 'murmur2 (key hashing)', ko: 'murmur2 (key 해싱)' },
  hotKey: { en: 'hot key', ko: '핫 키(hot key)' },
  serializer: { en: 'serializer', ko: 'serializer' },
  compression: { en: 'compression', ko: '압축(compression)' },
  acks: { en: 'acks', ko: 'acks' },
  retries: { en: 'retries', ko: 'retries' },
  deliveryTimeout: { en: 'delivery.timeout.ms', ko: 'delivery.timeout.ms' },
  idempotence: {
    en: 'idempotence (producer id, sequence number)',
    ko: '멱등성(idempotence, producer id·sequence number)',
  },
  inFlight: { en: 'in-flight requests', ko: 'in-flight 요청' },
  rodeAlong: { en: 'rode along', ko: '함께 전송(rode along)' },
  broker: { en: 'broker', ko: '브로커(broker)' },
  leader: { en: 'leader', ko: '리더(leader)' },
  follower: { en: 'follower', ko: '팔로워(follower)' },
  replica: { en: 'replica', ko: '레플리카(replica)' },
  replicationFactor: { en: 'replication factor', ko: '복제 계수(replication factor)' },
  isr: { en: 'ISR (in-sync replicas)', ko: 'ISR(In-Sync Replicas)' },
  minIsr: { en: 'min.insync.replicas', ko: 'min.insync.replicas' },
  hw: { en: 'HW (high watermark)', ko: 'HW(하이 워터마크)' },
  leo: { en: 'LEO (log end offset)', ko: 'LEO(로그 끝 오프셋)' },
  uncleanElection: { en: 'unclean leader election', ko: '언클린 리더 선출(unclean leader election)' },
  epoch: { en: 'epoch (leader epoch, producer epoch)', ko: 'epoch(리더 에포크, 프로듀서 에포크)' },
  consumer: { en: 'consumer', ko: '컨슈머(consumer)' },
  fetch: { en: 'fetch (long poll)', ko: 'fetch(롱 폴)' },
  poll: { en: 'poll()', ko: 'poll()' },
  consumerGroup: { en: 'consumer group', ko: '컨슈머 그룹(consumer group)' },
  groupCoordinator: { en: 'group coordinator', ko: '그룹 코디네이터(group coordinator)' },
  groupLeader: { en: 'group leader', ko: '그룹 리더(group leader)' },
  generation: { en: 'generation', ko: '세대(generation)' },
  rebalance: { en: 'rebalance', ko: '리밸런스(rebalance)' },
  eagerRebalance: { en: 'eager rebalance', ko: 'eager 리밸런스' },
  cooperativeRebalance: { en: 'cooperative rebalance', ko: 'cooperative 리밸런스' },
  assignor: { en: 'assignor', ko: 'assignor' },
  heartbeat: { en: 'heartbeat', ko: '하트비트(heartbeat)' },
  sessionTimeout: { en: 'session.timeout.ms', ko: 'session.timeout.ms' },
  maxPollInterval: { en: 'max.poll.interval.ms', ko: 'max.poll.interval.ms' },
  commit: { en: 'commit (committed offset)', ko: '커밋(committed offset)' },
  autoCommit: { en: 'auto commit', ko: '자동 커밋(auto commit)' },
  autoOffsetReset: { en: 'auto.offset.reset', ko: 'auto.offset.reset' },
  lag: { en: 'lag', ko: '랙(lag)' },
  recordsLag: { en: 'records-lag', ko: 'records-lag' },
  position: { en: 'position', ko: 'position' },
  offsetsRetention: { en: 'offsets.retention.minutes', ko: 'offsets.retention.minutes' },
  staticMembership: { en: 'static membership', ko: '정적 멤버십(static membership)' },
  ledgerAppended: { en: 'appended on leader', ko: '리더에 추가됨(appended on leader)' },
  ledgerReplicated: { en: 'replicated', ko: '복제됨(replicated)' },
  ledgerBelowHw: { en: 'below HW (visible)', ko: 'HW 아래(보임)' },
  ledgerAcked: { en: 'records acknowledged', ko: '확인된 레코드(acknowledged)' },
  ledgerFailed: { en: 'failed', ko: '실패(failed)' },
  leaderKnownEnd: { en: 'leader knows', ko: '리더가 아는 끝' },
};

export function isTermId(id: string): id is TermId {
  return Object.prototype.hasOwnProperty.call(TERM_NAMES, id);
}
