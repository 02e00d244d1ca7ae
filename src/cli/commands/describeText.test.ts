/**
 * `kafka-consumer-groups --describe` text against Kafka 4.0's tool. Provenance of the expected lines: the
 * printf formats of `org.apache.kafka.tools.consumer.group.ConsumerGroupCommand` (tools module, 4.0:
 * `printMembers` — "%-15s %-15s %-17s %-15s %-15s %-15s " then "%-15s %-20s %-15s %-20s", widened to the
 * longest value; `printStates` — "\n%-15s %-25s %-20s %-20s %-15s %-25s %s"; `printOffsetFormat` —
 * "\n%-15s %-15s %-10s %-15s %-15s %-15s %-15s %-15s %s"; `getAssignmentString`; `collectGroupsOffsets`'s row
 * order: members with the most partitions first, then committed partitions nobody owns), evaluated with
 * Python's `%` operator on the values below (/usr/bin/python3), not with this code.
 */
import { describe, expect, it } from 'vitest';
import type { GroupView } from '../../engine';
import {
  describeMembers,
  describeOffsets,
  describeState,
  formatAssignment,
} from '../../engine/consumer/describeGroup';
import { membersText, noticeText, offsetsText, stateText } from './describeText';

const member = (
  memberId: string,
  n: number,
  instanceId: string | null,
  epoch: number,
  assigned: string[],
  target: string[],
) => ({
  memberId,
  clientId: `consumer-orders-app-${n}`,
  instanceId,
  memberEpoch: epoch,
  state: 'STABLE',
  assigned,
  pendingRevocation: [],
  target,
});

const partition = (topic: string, p: number, committed: number, logEndOffset: number) => ({
  topic,
  partition: p,
  committed,
  logEndOffset,
  lag: committed < 0 ? null : logEndOffset - committed,
});

/** A consumer-protocol group half-way through a rebalance (member 1 at epoch 5 still has orders-2 to revoke). */
const group = {
  id: 'orders-app',
  members: [],
  partitions: [
    partition('orders', 0, 10, 12),
    partition('orders', 1, 4, 9),
    partition('orders', 2, -1, 7),
    partition('payments', 0, 3, 3),
    partition('payments', 1, -1, 0),
  ],
  classic: { coordinator: 2, phase: 'Stable', coordinatorMembers: [], assignor: null },
  consumerProtocol: {
    protocol: 'consumer',
    assignor: 'uniform',
    state: 'RECONCILING',
    groupEpoch: 6,
    targetAssignmentEpoch: 6,
    members: [
      member('m-aaaa', 1, 'billing-1', 5, ['orders-0', 'orders-2'], ['orders-0']),
      member('m-bbbb', 2, null, 6, ['orders-1'], ['payments-0', 'orders-1', 'orders-2']),
    ],
    recent: [],
  },
} as unknown as GroupView;

describe('kafka-consumer-groups --describe for a consumer-protocol group (Kafka 4.0 format)', () => {
  it('--members --verbose: GROUP-INSTANCE-ID when a member is static, epochs, topic:0,1 assignments', () => {
    expect(membersText(describeMembers(group, true))).toBe(
      '\nGROUP           CONSUMER-ID     GROUP-INSTANCE-ID HOST            CLIENT-ID             #PARTITIONS     CURRENT-EPOCH   CURRENT-ASSIGNMENT   TARGET-EPOCH    TARGET-ASSIGNMENT    \norders-app      m-aaaa          billing-1         /10.0.0.11      consumer-orders-app-1 2               5               orders:0,2           6               orders:0             \norders-app      m-bbbb                            /10.0.0.12      consumer-orders-app-2 1               6               orders:1             6               orders:1,2;payments:0\n',
    );
  });

  it('--state --verbose: coordinator as host:port  (id), state Reconciling, both epochs', () => {
    expect(stateText(describeState(group, true))).toBe(
      '\nGROUP           COORDINATOR (ID)          ASSIGNMENT-STRATEGY  STATE                GROUP-EPOCH     TARGET-ASSIGNMENT-EPOCH   #MEMBERS\norders-app      broker-2:9092  (2)        uniform              Reconciling          6               6                         2\n',
    );
  });

  it('offsets: members by partition count, then committed partitions nobody owns; uncommitted unowned ones left out', () => {
    const table = describeOffsets(group);
    expect(noticeText('orders-app', table)).toBe("\nWarning: Consumer group 'orders-app' is rebalancing.\n");
    expect(offsetsText(table)).toBe(
      '\nGROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     HOST            CLIENT-ID\norders-app      orders          0          10              12              2               m-aaaa          /10.0.0.11      consumer-orders-app-1\norders-app      orders          2          -               7               -               m-aaaa          /10.0.0.11      consumer-orders-app-1\norders-app      orders          1          4               9               5               m-bbbb          /10.0.0.12      consumer-orders-app-2\norders-app      payments        0          3               3               0               -               -               -\n',
    );
  });

  it('names the states as GroupState.toString does and prints an empty assignment as -', () => {
    const at = (state: string) =>
      describeState({ ...group, consumerProtocol: { ...group.consumerProtocol!, state } }, false).rows[0]![3];
    expect(['EMPTY', 'ASSIGNING', 'RECONCILING', 'STABLE'].map(at)).toEqual([
      'Empty',
      'Assigning',
      'Reconciling',
      'Stable',
    ]);
    expect(formatAssignment([])).toBe('-');
    expect(formatAssignment(['payments-0', 'orders-10', 'orders-2'])).toBe('orders:2,10;payments:0');
  });
});
