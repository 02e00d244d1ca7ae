/**
 * `kafka-consumer-groups --describe` as Kafka 4.0's tool prints it (tools module,
 * `org.apache.kafka.tools.consumer.group.ConsumerGroupCommand`: `printOffsets`, `printMembers`,
 * `printStates`, `collectGroupsOffsets`, `getAssignmentString`, `shouldPrintMemberState`), from the read
 * model: the columns, their order, the state names, the coordinator as `host:port  (id)`, assignments as
 * `topic:0,1;other:2`, and which rows the offsets view lists. The UI's tables and the CLI's text share it.
 * The simulated brokers have no host names: broker N is `broker-N:9092`.
 */
import type { GroupView } from '../snapshotGroups';
import { hostOf } from './groupModel';

/** The tool's placeholder for an absent value (`MISSING_COLUMN_VALUE`). */
export const MISSING = '-';

export type DescribeNotice = 'rebalancing' | 'empty' | 'dead' | null;

export interface DescribeTable {
  /** The line the tool writes to stderr before the table (shouldPrintMemberState). */
  notice: DescribeNotice;
  /** False when the tool prints no table at all (a Dead group, or no row to show). */
  printed: boolean;
  head: string[];
  rows: string[][];
}

interface Member {
  memberId: string;
  instanceId: string | null;
  clientId: string;
  assigned: string[];
  target: string[] | null;
  epoch: number | null;
}

const STATE_NAMES: Record<string, string> = {
  EMPTY: 'Empty',
  ASSIGNING: 'Assigning',
  RECONCILING: 'Reconciling',
  STABLE: 'Stable',
};

/** The columns of `kafka-consumer-groups --describe` (offsets view), in Kafka's order. */
export const DESCRIBE_OFFSETS_HEAD = [
  'GROUP',
  'TOPIC',
  'PARTITION',
  'CURRENT-OFFSET',
  'LOG-END-OFFSET',
  'LAG',
  'CONSUMER-ID',
  'HOST',
  'CLIENT-ID',
] as const;

/** `GroupState.toString()`: `Stable`, `Reconciling`, `Assigning`, `Empty`, `Dead`, `PreparingRebalance`, … */
export function groupStateName(group: GroupView): string {
  const cp = group.consumerProtocol;
  return cp ? (STATE_NAMES[cp.state] ?? cp.state) : group.classic.phase;
}

function noticeFor(state: string): DescribeNotice {
  if (state === 'Dead') return 'dead';
  if (state === 'Empty') return 'empty';
  return state === 'Stable' ? null : 'rebalancing';
}

/** The COORDINATOR (ID) column: `host:port  (id)` (two spaces, as the tool prints it). */
export function coordinatorLabel(broker: number): string {
  return broker < 0 ? MISSING : `broker-${broker}:9092  (${broker})`;
}

/** `getAssignmentString`: partitions grouped by topic, `topic:0,1`, topics in order, joined by `;`. */
export function formatAssignment(keys: readonly string[]): string {
  if (keys.length === 0) return MISSING;
  const byTopic = new Map<string, number[]>();
  for (const k of keys) {
    const cut = k.lastIndexOf('-');
    const topic = k.slice(0, cut);
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), Number(k.slice(cut + 1))]);
  }
  return [...byTopic]
    .map(([topic, ps]) => `${topic}:${ps.sort((a, b) => a - b).join(',')}`)
    .sort()
    .join(';');
}

/** The members as the describe response lists them (a classic group's assignment only once Stable). */
function membersOf(group: GroupView): Member[] {
  const cp = group.consumerProtocol;
  if (cp)
    return cp.members.map((m) => ({
      memberId: m.memberId,
      instanceId: m.instanceId,
      clientId: m.clientId,
      assigned: m.assigned,
      target: m.target,
      epoch: m.memberEpoch,
    }));
  const stable = group.classic.phase === 'Stable';
  return group.classic.coordinatorMembers.map((m) => ({
    memberId: m.memberId,
    instanceId: group.members.find((x) => x.clientId === m.clientId)?.group.groupInstanceId ?? null,
    clientId: m.clientId,
    assigned: stable ? m.assignment : [],
    target: null,
    epoch: null,
  }));
}

const byPartition = (a: string, b: string) => {
  const [ta, pa] = [a.slice(0, a.lastIndexOf('-')), Number(a.slice(a.lastIndexOf('-') + 1))];
  const [tb, pb] = [b.slice(0, b.lastIndexOf('-')), Number(b.slice(b.lastIndexOf('-') + 1))];
  return ta < tb ? -1 : ta > tb ? 1 : pa - pb;
};

/**
 * `--describe` (the offsets view): members with partitions, most partitions first, each member's partitions
 * in topic/partition order; then partitions with a committed offset and no owner, with `-` for the consumer.
 * A partition with neither an owner nor a committed offset is not listed.
 */
export function describeOffsets(group: GroupView): DescribeTable {
  const state = groupStateName(group);
  const offsets = new Map(group.partitions.map((p) => [`${p.topic}-${p.partition}`, p]));
  const row = (key: string, m: Member | null): string[] => {
    const p = offsets.get(key);
    const cut = key.lastIndexOf('-');
    return [
      group.id,
      key.slice(0, cut),
      key.slice(cut + 1),
      p && p.committed >= 0 ? String(p.committed) : MISSING,
      p ? String(p.logEndOffset) : MISSING,
      p && p.lag !== null ? String(p.lag) : MISSING,
      m ? m.memberId : MISSING,
      m ? hostOf(m.clientId) : MISSING,
      m ? m.clientId : MISSING,
    ];
  };
  const owners = membersOf(group)
    .filter((m) => m.assigned.length > 0)
    .sort((a, b) => b.assigned.length - a.assigned.length);
  const assigned = new Set(owners.flatMap((m) => m.assigned));
  const rows = owners.flatMap((m) => [...m.assigned].sort(byPartition).map((k) => row(k, m)));
  const unowned = group.partitions
    .filter((p) => p.committed >= 0 && !assigned.has(`${p.topic}-${p.partition}`))
    .map((p) => `${p.topic}-${p.partition}`)
    .sort(byPartition);
  rows.push(...unowned.map((k) => row(k, null)));
  return {
    notice: noticeFor(state),
    printed: state !== 'Dead' && rows.length > 0,
    head: [...DESCRIBE_OFFSETS_HEAD],
    rows,
  };
}

/**
 * `--describe --members [--verbose]`: GROUP-INSTANCE-ID only when some member has one; `--verbose` adds each
 * member's epoch and assignment and the group's target (a classic group has no epochs: `-`).
 */
export function describeMembers(group: GroupView, verbose: boolean): DescribeTable {
  const state = groupStateName(group);
  const members = membersOf(group);
  const withInstance = members.some((m) => m.instanceId !== null);
  const targetEpoch = group.consumerProtocol ? String(group.consumerProtocol.targetAssignmentEpoch) : MISSING;
  const head = [
    'GROUP',
    'CONSUMER-ID',
    ...(withInstance ? ['GROUP-INSTANCE-ID'] : []),
    'HOST',
    'CLIENT-ID',
    '#PARTITIONS',
  ];
  if (verbose) head.push('CURRENT-EPOCH', 'CURRENT-ASSIGNMENT', 'TARGET-EPOCH', 'TARGET-ASSIGNMENT');
  const rows = members.map((m) => [
    group.id,
    m.memberId,
    ...(withInstance ? [m.instanceId ?? ''] : []),
    hostOf(m.clientId),
    m.clientId,
    String(m.assigned.length),
    ...(verbose
      ? [
          m.epoch === null ? MISSING : String(m.epoch),
          formatAssignment(m.assigned),
          targetEpoch,
          formatAssignment(m.target ?? []),
        ]
      : []),
  ]);
  return { notice: noticeFor(state), printed: state !== 'Dead', head, rows };
}

/** `--describe --state [--verbose]`: one row; `--verbose` adds GROUP-EPOCH and TARGET-ASSIGNMENT-EPOCH. */
export function describeState(group: GroupView, verbose: boolean): DescribeTable {
  const state = groupStateName(group);
  const cp = group.consumerProtocol;
  const strategy = cp ? cp.assignor : (group.classic.assignor ?? MISSING);
  const members = cp ? cp.members.length : group.classic.coordinatorMembers.length;
  const head = ['GROUP', 'COORDINATOR (ID)', 'ASSIGNMENT-STRATEGY', 'STATE'];
  const row = [group.id, coordinatorLabel(group.classic.coordinator), strategy, state];
  if (verbose) {
    head.push('GROUP-EPOCH', 'TARGET-ASSIGNMENT-EPOCH');
    row.push(cp ? String(cp.groupEpoch) : MISSING, cp ? String(cp.targetAssignmentEpoch) : MISSING);
  }
  head.push('#MEMBERS');
  row.push(String(members));
  return { notice: noticeFor(state), printed: state !== 'Dead', head, rows: [row] };
}
