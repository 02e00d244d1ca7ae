/**
 * What Kafka 4.0's `kafka-consumer-groups --describe` adds for a consumer-protocol group: `--state
 * --verbose` (GROUP-EPOCH, TARGET-ASSIGNMENT-EPOCH) and `--members --verbose` (GROUP-INSTANCE-ID when a
 * member is static, CURRENT-EPOCH, CURRENT-ASSIGNMENT, TARGET-EPOCH, TARGET-ASSIGNMENT). Columns, state
 * names and the `topic:0,1` assignments come from the engine's describeGroup.ts, shared with the CLI.
 */
import { describeMembers, describeState, type GroupView } from '../../engine';
import { useT } from '../../store/useT';

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
  const state = describeState(group, true);
  const members = describeMembers(group, true);
  return (
    <div className="describe">
      <p className="describe__cmd">
        <code>$ {stateCmd}</code>
      </p>
      <Table label={stateCmd} testId={`describe-state-${group.id}`} head={state.head} rows={state.rows} />
      <p className="describe__cmd">
        <code>$ {membersCmd}</code>
      </p>
      <Table
        label={membersCmd}
        testId={`describe-members-${group.id}`}
        head={members.head}
        rows={members.rows}
      />
    </div>
  );
}
