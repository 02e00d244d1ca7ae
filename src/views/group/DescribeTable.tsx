/** The group as `kafka-consumer-groups --describe` prints it: what learners meet in real clusters. */
import { DESCRIBE_OFFSETS_HEAD, describeOffsets, groupStateName, type GroupView } from '../../engine';
import type { TermId } from '../../i18n/glossary';
import { useT } from '../../store/useT';
import { Term } from '../Term';

/** Columns whose header a learner may not know: explained on hover and focus. */
const HEADER_TERMS: Record<string, TermId | undefined> = {
  'CURRENT-OFFSET': 'commit',
  'LOG-END-OFFSET': 'leo',
  LAG: 'lag',
};

/** One table row: GROUP … CLIENT-ID as strings. */
type Row = string[];

/**
 * A classic group's rows: every partition of its topics in order, with the coordinator's assignment once
 * Stable. A consumer-protocol group's rows follow Kafka 4.0's tool exactly (describeOffsets: members'
 * current assignments in every state, then committed partitions nobody owns).
 */
function rowsOf(group: GroupView): { rows: Row[]; phase: string } {
  if (group.consumerProtocol) return { rows: describeOffsets(group).rows, phase: groupStateName(group) };
  const c = group.classic;
  const ownerOf = new Map<string, { memberId: string; clientId: string; host?: string }>();
  // The tool reads the coordinator's assignment, which exists only for a Stable group.
  if (c.phase === 'Stable')
    for (const m of c.coordinatorMembers) for (const k of m.assignment) ownerOf.set(k, m);
  const rows = group.partitions.map((p) => {
    const owner = ownerOf.get(`${p.topic}-${p.partition}`);
    return [
      group.id,
      p.topic,
      String(p.partition),
      p.committed < 0 ? '-' : String(p.committed),
      String(p.logEndOffset),
      p.lag === null ? '-' : String(p.lag),
      owner?.memberId ?? '-',
      owner?.host ?? '-',
      owner?.clientId ?? '-',
    ];
  });
  return { rows, phase: c.phase };
}

export function DescribeTable({ group }: { group: GroupView }) {
  const t = useT();
  const { rows, phase } = rowsOf(group);
  const note =
    phase === 'Dead'
      ? t('describe.dead', { id: group.id })
      : phase === 'Empty'
        ? t('describe.noMembers', { id: group.id })
        : phase !== 'Stable'
          ? t('describe.rebalancing', { id: group.id })
          : null;
  return (
    <div className="describe">
      <p className="describe__cmd">
        <code>$ {t('describe.title', { id: group.id })}</code>
      </p>
      {note && <p className="describe__note">{note}</p>}
      {/* Focusable so a keyboard user can scroll the wide table sideways (axe: scrollable-region-focusable). */}
      <div
        className="describe__scroll"
        tabIndex={0}
        role="region"
        aria-label={t('describe.title', { id: group.id })}
      >
        <table className="describe__table" data-testid={`describe-${group.id}`}>
          <thead>
            <tr>
              {DESCRIBE_OFFSETS_HEAD.map((h) => (
                <th key={h} scope="col">
                  {HEADER_TERMS[h] ? <Term id={HEADER_TERMS[h]}>{h}</Term> : h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r[1]}-${r[2]}`} data-partition={r[2]}>
                <td>{r[0]}</td>
                <td>{r[1]}</td>
                <td>{r[2]}</td>
                <td>{r[3]}</td>
                <td>{r[4]}</td>
                <td>{r[5]}</td>
                <td className="describe__id">{r[6]}</td>
                <td>{r[7]}</td>
                <td data-testid="describe-client">{r[8]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
