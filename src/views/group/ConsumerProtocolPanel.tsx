/**
 * A KIP-848 group as the learner needs to see it: group and target-assignment epochs, the group state,
 * each member's epoch, state (in words, not colour only) and the partitions it owns, must revoke or
 * waits for, and the latest reconciliation steps — which partitions were revoked, when the owner
 * acknowledged, and when the new owner got them (kafka-behaviour.md §4.10; Kafka's
 * `CurrentAssignmentBuilder` and `ConsumerGroup` define the states).
 */
import '../../styles/kip848.css';
import type { GroupView } from '../../engine';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { memberColor, shortName } from './memberColors';

type Protocol = NonNullable<GroupView['consumerProtocol']>;

const short = (keys: readonly string[]) =>
  keys.length === 0 ? '—' : keys.map((k) => `P${k.slice(k.lastIndexOf('-') + 1)}`).join(', ');

export function ConsumerProtocolBadges({ cp }: { cp: Protocol }) {
  const t = useT();
  return (
    <>
      <span className={`state state--${cp.state}`} data-testid="group-state">
        {t(`kip848.state.${cp.state as 'STABLE'}`)}
      </span>
      <span className="proto proto--consumer">{t('kip848.badge')}</span>
      <span data-testid="group-epoch">{t('kip848.groupEpoch', { n: cp.groupEpoch })}</span>
      <span data-testid="target-epoch">{t('kip848.targetEpoch', { n: cp.targetAssignmentEpoch })}</span>
      <span>group.remote.assignor={cp.assignor}</span>
    </>
  );
}

function ReconciliationLog({ cp }: { cp: Protocol }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const recent = [...cp.recent].reverse().slice(0, 12);
  return (
    <div className="kip848-log">
      <h3>{t('kip848.log.title')}</h3>
      {recent.length === 0 ? (
        <p>{t('kip848.log.empty')}</p>
      ) : (
        <ol data-testid="reconciliation-log">
          {recent.map((e, i) => (
            <li key={`${e.at}-${i}`} data-kind={e.kind}>
              {t(`kip848.log.${e.kind}`, {
                at: formatNumber(lang, e.at / 1000, 2),
                member: shortName(e.member),
                parts: short(e.partitions),
                epoch: e.memberEpoch,
                group: e.groupEpoch,
                reason: e.reason ?? '',
              })}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function ConsumerProtocolPanel({ cp }: { cp: Protocol }) {
  const t = useT();
  return (
    <div className="kip848" data-testid="kip848-panel">
      <p className="group__explain">{t(`kip848.explain.${cp.state as 'STABLE'}`)}</p>
      <table className="members kip848-members" data-testid="kip848-members">
        <caption>{t('kip848.members.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kip848.col.member')}</th>
            <th scope="col">{t('kip848.col.epoch')}</th>
            <th scope="col">{t('kip848.col.state')}</th>
            <th scope="col">{t('kip848.col.owns')}</th>
            <th scope="col">{t('kip848.col.revoking')}</th>
            <th scope="col">{t('kip848.col.waiting')}</th>
          </tr>
        </thead>
        <tbody>
          {cp.members.map((m) => {
            const waiting = m.target.filter((k) => !m.assigned.includes(k));
            const behind = m.memberEpoch < cp.targetAssignmentEpoch;
            return (
              <tr key={m.memberId} data-member={m.clientId} data-state={m.state}>
                <th scope="row">
                  <span
                    className="member__dot"
                    style={{ background: memberColor(m.clientId) }}
                    aria-hidden="true"
                  />
                  {shortName(m.clientId)}
                </th>
                <td data-testid="member-epoch">
                  {m.memberEpoch}{' '}
                  {behind && (
                    <span className="kip848__behind">
                      {t('kip848.behind', { n: cp.targetAssignmentEpoch })}
                    </span>
                  )}
                </td>
                <td data-testid="member-state">{t(`kip848.member.${m.state as 'STABLE'}`)}</td>
                <td>{short(m.assigned.filter((k) => !m.pendingRevocation.includes(k)))}</td>
                <td data-testid="member-revoking">{short(m.pendingRevocation)}</td>
                <td data-testid="member-waiting">{short(waiting)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ReconciliationLog cp={cp} />
    </div>
  );
}
