/**
 * Turns raw draws (kind + two small numbers) into concrete timeline actions for one scenario, walking the
 * timeline in time order so that ids, partition counts and member names exist when an action names them.
 * Every kind in the action table has a case here (a test checks that none is missing).
 */
import type { ActionName } from '../../actions/types';
import type { Scenario, TimelineEntry } from '../../model/scenario';
import type { FuzzSize } from './scenarioArb';

export const RAW_ACTION_KINDS = [
  'setProducerConfig',
  'setConsumerConfig',
  'setWorkload',
  'setTopicConfig',
  'setBrokerConfig',
  'addPartitions',
  'crashBroker',
  'restartBroker',
  'slowFollower',
  'isolateBroker',
  'dropProduceResponse',
  'isrDip',
  'flushProducer',
  'closeProducer',
  'killProducer',
  'addConsumer',
  'stopConsumer',
  'crashConsumer',
  'slowConsumer',
  'setGroupInstanceId',
  'setCommitMode',
  'changeSubscription',
  'fastForward',
] as const satisfies readonly ActionName[];

export interface RawAction {
  atMs: number;
  kind: (typeof RAW_ACTION_KINDS)[number];
  a: number;
  b: number;
}

const PRODUCER_SETTINGS: [string, (n: number) => string | number | boolean][] = [
  ['linger.ms', (n) => n % 100],
  ['batch.size', (n) => 1024 * (1 + (n % 32))],
  ['compression.type', (n) => ['none', 'gzip', 'snappy', 'lz4', 'zstd'][n % 5]!],
  ['max.in.flight.requests.per.connection', (n) => 1 + (n % 5)],
  ['acks', (n) => ['0', '1', 'all'][n % 3]!],
  ['request.timeout.ms', (n) => 1000 + 100 * (n % 300)],
];
const CONSUMER_SETTINGS: [string, (n: number) => string | number | boolean][] = [
  ['max.poll.records', (n) => 1 + (n % 500)],
  [
    'partition.assignment.strategy',
    (n) => ['range,cooperative-sticky', 'range', 'roundrobin', 'sticky', 'cooperative-sticky'][n % 5]!,
  ],
  ['enable.auto.commit', (n) => n % 2 === 0],
  ['auto.commit.interval.ms', (n) => 100 * (1 + (n % 50))],
  ['fetch.max.wait.ms', (n) => 10 * (n % 100)],
  // The rebalance timeout of a KIP-848 member (and the classic one's): short enough to fence slow consumers.
  ['max.poll.interval.ms', (n) => [2_000, 8_000, 300_000][n % 3]!],
];

export function materialiseTimeline(
  scenario: Scenario,
  raw: readonly RawAction[],
  size: FuzzSize,
): TimelineEntry[] {
  const partitions = new Map(scenario.topics.map((t) => [t.name, t.partitions]));
  const members = new Map(scenario.consumerGroups.map((g) => [g.id, g.members]));
  const down = new Set<number>();
  const brokers = scenario.cluster.brokers;
  const topicAt = (n: number) => scenario.topics[n % scenario.topics.length]!;
  const producerAt = (n: number) => scenario.producers[n % scenario.producers.length]!.id;
  const out: TimelineEntry[] = [];
  for (const r of [...raw].sort((x, y) => x.atMs - y.atMs)) {
    const at = { atMs: r.atMs };
    const group = scenario.consumerGroups[r.a % Math.max(1, scenario.consumerGroups.length)];
    const member = group ? `consumer-${group.id}-${1 + (r.b % Math.max(1, members.get(group.id)!))}` : '';
    switch (r.kind) {
      case 'setProducerConfig': {
        const [key, value] = PRODUCER_SETTINGS[r.b % PRODUCER_SETTINGS.length]!;
        out.push({ ...at, action: r.kind, producer: producerAt(r.a), key, value: value(r.a + r.b) });
        break;
      }
      case 'setConsumerConfig': {
        if (!group) break;
        const [key, value] = CONSUMER_SETTINGS[r.b % CONSUMER_SETTINGS.length]!;
        out.push({ ...at, action: r.kind, group: group.id, key, value: value(r.a + r.b) });
        break;
      }
      case 'setWorkload':
        out.push({
          ...at,
          action: r.kind,
          producer: producerAt(r.a),
          recordsPerSec: r.b % (size.maxRecordsPerSec + 1),
        });
        break;
      case 'setTopicConfig': {
        const topic = topicAt(r.a);
        out.push(
          r.b % 3 === 0
            ? {
                ...at,
                action: r.kind,
                topic: topic.name,
                key: 'unclean.leader.election.enable',
                value: r.b % 2 === 0,
              }
            : {
                ...at,
                action: r.kind,
                topic: topic.name,
                key: 'min.insync.replicas',
                value: 1 + (r.b % topic.replicationFactor),
              },
        );
        break;
      }
      case 'setBrokerConfig':
        out.push({ ...at, action: r.kind, key: 'replica.lag.time.max.ms', value: 1000 * (1 + (r.b % 30)) });
        break;
      case 'addPartitions': {
        const topic = topicAt(r.a);
        const now = Math.min(12, partitions.get(topic.name)! + 1 + (r.b % 3));
        if (now <= partitions.get(topic.name)!) break;
        partitions.set(topic.name, now);
        out.push({ ...at, action: r.kind, topic: topic.name, partitions: now });
        break;
      }
      case 'crashBroker':
      case 'restartBroker': {
        // Mostly one broker away at a time (the durability promise's condition); sometimes two.
        const restart = down.size > 1 || (down.size === 1 && r.b % 4 !== 0);
        const broker = restart ? [...down][r.a % down.size]! : r.a % brokers;
        if (restart) down.delete(broker);
        else down.add(broker);
        out.push({ ...at, action: restart ? 'restartBroker' : 'crashBroker', broker });
        break;
      }
      case 'slowFollower':
        out.push({
          ...at,
          action: r.kind,
          broker: r.a % brokers,
          fetchDelayMs: r.b % 2 === 0 ? 0 : 10 * r.b,
        });
        break;
      case 'isolateBroker':
        out.push({ ...at, action: r.kind, broker: r.a % brokers, isolated: r.b % 2 === 1 });
        break;
      case 'dropProduceResponse':
      case 'isrDip':
        out.push({ ...at, action: r.kind, broker: r.a % brokers, count: 1 + (r.b % 3) });
        break;
      case 'flushProducer':
      case 'killProducer':
        out.push({ ...at, action: r.kind, producer: producerAt(r.a) });
        break;
      case 'closeProducer':
        out.push({
          ...at,
          action: r.kind,
          producer: producerAt(r.a),
          ...(r.b % 2 ? { timeoutMs: r.b } : {}),
        });
        break;
      case 'addConsumer':
        if (!group) break;
        members.set(group.id, members.get(group.id)! + 1);
        out.push({
          ...at,
          action: r.kind,
          group: group.id,
          ...(r.b % 3 === 0 ? { groupInstanceId: `static-${r.b}` } : {}),
        });
        break;
      case 'stopConsumer':
      case 'crashConsumer':
        if (group && members.get(group.id)! > 0) out.push({ ...at, action: r.kind, group: group.id, member });
        break;
      case 'setGroupInstanceId':
        // Restarts that member as a new client (refused for a stopped member or a running member's id).
        if (!group || members.get(group.id)! === 0) break;
        members.set(group.id, members.get(group.id)! + 1);
        out.push({
          ...at,
          action: r.kind,
          group: group.id,
          member,
          groupInstanceId: r.b % 4 === 0 ? null : `static-${r.b % 7}`,
        });
        break;
      case 'slowConsumer':
        if (group && members.get(group.id)! > 0)
          out.push({
            ...at,
            action: r.kind,
            group: group.id,
            member,
            // Now and then a consumer so slow that one poll outlasts max.poll.interval.ms.
            processingMsPerRecord: r.b % 10 === 0 ? 300 + r.b : r.b % 20,
          });
        break;
      case 'setCommitMode':
        if (group)
          out.push({
            ...at,
            action: r.kind,
            group: group.id,
            mode: (['none', 'commitSync', 'commitAsync'] as const)[r.b % 3]!,
          });
        break;
      case 'changeSubscription':
        if (group) out.push({ ...at, action: r.kind, group: group.id, topics: [topicAt(r.b).name] });
        break;
      case 'fastForward':
        out.push({ ...at, action: r.kind, ms: 1 + ((r.a * 1000 + r.b) % size.maxFastForwardMs) });
        break;
    }
  }
  return out;
}
