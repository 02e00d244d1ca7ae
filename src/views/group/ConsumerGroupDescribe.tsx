/**
 * What Kafka 4.0's `kafka-consumer-groups --describe` adds for a consumer-protocol group: `--state
 * --verbose` (GROUP-EPOCH, TARGET-ASSIGNMENT-EPOCH) and `--members --verbose` (CURRENT-EPOCH,
 * CURRENT-ASSIGNMENT, TARGET-EPOCH, TARGET-ASSIGNMENT) — columns as Kafka's ConsumerGroupCommand prints
 * them (its ConsumerGroupCommandTest checks these headers). Assignments are printed `topic:0,1`.
 */
import type { GroupView } from '../../engine';
import { useT } from '../../store/useT';

const STATE_NAMES: Record<string, string> = {
  EMPTY: 'Empty',
  ASSIGNING: 'Assigning',
  RECONCILING: 'Reconciling',
  STABLE: 'Stable',
};

/** `orders:0,1` per topic, as the tool groups partitions by topic. */
function assignment(keys: readonly string[]): string {
  if (keys.length === 0) return '-';
  const byTopic = new Map<string, number[]>();
  for (const k of keys) {
    const cut = k.lastIndexOf('-');
    const list = byTopic.get(k.slice(0, cut)) ?? [];
    list.push(Number(k.slice(cut + 1)));
    byTopic.set(k.slice(0, cut), list);
  }
  return [...byTopic].map(([topic, ps]) => `${topic}:${ps.sort((a, b) => a - b).join(',')}`).join(';');
}

function Table({
  label,
  head,
  rows,
  testId,
}: {
  label: string;
  head: string[];
  rows: (string | number)[][];
  testId: string;
}) {
  return (
    <div className="describe__scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="describe__table" data-testid={testId}>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ConsumerGroupDescribe({ group }: { group: GroupView }) {
  const t = useT();
  const cp = group.consumerProtocol;
  if (!cp) return null;
  const stateCmd = t('kip848.describe.state', { id: group.id });
  const membersCmd = t('kip848.describe.members', { id: group.id });
  const live = cp.members;
  return (
    <div className="describe">
      <p className="describe__cmd">
        <code>$ {stateCmd}</code>
      </p>
      <Table
        label={stateCmd}
        testId={`describe-state-${group.id}`}
        head={[
          'GROUP',
          'COORDINATOR (ID)',
          'ASSIGNMENT-STRATEGY',
          'STATE',
          'GROUP-EPOCH',
          'TARGET-ASSIGNMENT-EPOCH',
          '#MEMBERS',
        ]}
        rows={[
          [
            group.id,
            `broker-${group.classic.coordinator} (${group.classic.coordinator})`,
            cp.assignor,
            STATE_NAMES[cp.state] ?? cp.state,
            cp.groupEpoch,
            cp.targetAssignmentEpoch,
            live.length,
          ],
        ]}
      />
      <p className="describe__cmd">
        <code>$ {membersCmd}</code>
      </p>
      <Table
        label={membersCmd}
        testId={`describe-members-${group.id}`}
        head={[
          'GROUP',
          'CONSUMER-ID',
          'HOST',
          'CLIENT-ID',
          '#PARTITIONS',
          'CURRENT-EPOCH',
          'CURRENT-ASSIGNMENT',
          'TARGET-EPOCH',
          'TARGET-ASSIGNMENT',
        ]}
        rows={live.map((m) => [
          group.id,
          m.memberId,
          group.members.find((x) => x.clientId === m.clientId)?.group.host ?? '-',
          m.clientId,
          m.assigned.length,
          m.memberEpoch,
          assignment(m.assigned),
          cp.targetAssignmentEpoch,
          assignment(m.target),
        ])}
      />
    </div>
  );
}
