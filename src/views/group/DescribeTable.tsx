/** The group as `kafka-consumer-groups --describe` prints it: what learners meet in real clusters. */
import type { GroupView } from '../../engine';
import type { TermId } from '../../i18n/glossary';
import { useT } from '../../store/useT';
import { Term } from '../Term';

/** Columns whose header a learner may not know: explained on hover and focus. */
const HEADER_TERMS: Record<string, TermId | undefined> = {
  'CURRENT-OFFSET': 'commit',
  'LOG-END-OFFSET': 'leo',
  LAG: 'lag',
};

export function DescribeTable({ group }: { group: GroupView }) {
  const t = useT();
  const c = group.classic;
  const ownerOf = new Map<string, { memberId: string; clientId: string; host?: string }>();
  // The tool reads the coordinator's assignment, which exists only for a Stable group.
  if (c.phase === 'Stable')
    for (const m of c.coordinatorMembers) for (const k of m.assignment) ownerOf.set(k, m);
  // A KIP-848 group has no barrier: Kafka 4.0 shows each member's current assignment in every state.
  const cp = group.consumerProtocol;
  if (cp) for (const m of cp.members) for (const k of m.assigned) ownerOf.set(k, m);
  const phase = cp ? (cp.state === 'EMPTY' ? 'Empty' : 'Stable') : c.phase;
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
              {[
                'GROUP',
                'TOPIC',
                'PARTITION',
                'CURRENT-OFFSET',
                'LOG-END-OFFSET',
                'LAG',
                'CONSUMER-ID',
                'HOST',
                'CLIENT-ID',
              ].map((h) => (
                <th key={h} scope="col">
                  {HEADER_TERMS[h] ? <Term id={HEADER_TERMS[h]}>{h}</Term> : h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {group.partitions.map((p) => {
              const owner = ownerOf.get(`${p.topic}-${p.partition}`);
              return (
                <tr key={`${p.topic}-${p.partition}`} data-partition={p.partition}>
                  <td>{group.id}</td>
                  <td>{p.topic}</td>
                  <td>{p.partition}</td>
                  <td>{p.committed < 0 ? '-' : p.committed}</td>
                  <td>{p.logEndOffset}</td>
                  <td>{p.lag === null ? '-' : p.lag}</td>
                  <td className="describe__id">{owner?.memberId ?? '-'}</td>
                  <td>{owner?.host ?? '-'}</td>
                  <td data-testid="describe-client">{owner?.clientId ?? '-'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
