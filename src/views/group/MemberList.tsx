/** The group's consumers: status, partitions, heartbeat pulse, session/poll countdowns, and actions. */
import type { GroupView, MemberView } from '../../engine';
import { consumerProtocolLiveness } from './consumerProtocolLiveness';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { memberColor, shortName } from './memberColors';
import { ProtocolTrack } from './ProtocolTrack';
import { useReducedMotion } from '../useReducedMotion';
import { RichText } from '../RichText';

const SLOW_MS_PER_RECORD = 400;

function Countdown({ left, total, label }: { left: number | null; total: number; label: string }) {
  if (left === null) return <span className="countdown countdown--off">{label}</span>;
  const share = Math.max(0, Math.min(1, left / total));
  return (
    <span className={`countdown${share < 0.25 ? ' is-low' : ''}`}>
      <span className="countdown__bar" style={{ width: `${share * 100}%` }} />
      <span className="countdown__text">{label}</span>
    </span>
  );
}

function MemberRow({
  group,
  m,
  index,
  now,
}: {
  group: GroupView;
  m: MemberView;
  index: number;
  now: number;
}) {
  const t = useT();
  const messages = useKafka((s) => s.snap.messages);
  const reducedMotion = useReducedMotion();
  const lang = useKafka((s) => s.lang);
  const act = useKafka((s) => s.act);
  const g = m.group;
  const gone = g.status === 'stopped' || g.status === 'crashed';
  const pollInterval = Number(group.config['max.poll.interval.ms']);
  // A KIP-848 member: heartbeat every group.consumer.heartbeat.interval.ms, fenced after
  // group.consumer.session.timeout.ms (both the broker's), not the classic client settings.
  const kip848 = consumerProtocolLiveness(group, m, now);
  const session = kip848?.sessionMs ?? Number(group.config['session.timeout.ms']);
  const sessionLeft = kip848
    ? kip848.fencedIn
    : g.sessionDeadline === null
      ? null
      : Math.max(0, g.sessionDeadline - now);
  const pollLeft = g.pollDeadline === null ? null : Math.max(0, g.pollDeadline - now);
  const pulse = g.lastHeartbeatAt >= 0 && now - g.lastHeartbeatAt < 400;
  const secs = (ms: number | null) =>
    ms === null ? '—' : formatNumber(lang, ms / 1000, ms < 10_000 ? 1 : 0);
  const slow = g.processingMsPerRecord !== group.workload.processingMsPerRecord;
  return (
    <tr className={`member member--${g.status}`} data-member={m.clientId} data-focus={`member:${m.clientId}`}>
      <th scope="row">
        <span className="member__dot" style={{ background: memberColor(m.clientId) }} aria-hidden="true" />
        <span className="member__name">{shortName(m.clientId)}</span>{' '}
        <span className="member__client">{m.clientId}</span>
        {g.isLeader && <span className="badge badge--leader">{t('group.leaderBadge')}</span>}
        {g.groupInstanceId && <span className="badge">{t('group.static', { id: g.groupInstanceId })}</span>}
      </th>
      <td>
        <span className={`status status--${g.status}`}>{t(`group.status.${g.status}`)}</span>
        {slow && (
          <span className="badge badge--warn">{t('group.slowBadge', { ms: g.processingMsPerRecord })}</span>
        )}
        {!gone && (
          <ProtocolTrack
            end={`member:${group.id}/${index}`}
            coordinator={group.classic.coordinator}
            status={g.status}
            messages={messages}
            now={now}
            reducedMotion={reducedMotion}
          />
        )}
      </td>
      <td className="member__parts" data-testid="member-partitions">
        {m.assigned.length === 0
          ? '—'
          : m.assigned.map((a) => (
              <span
                key={`${a.topic}-${a.partition}`}
                className="chip"
                style={{ borderColor: memberColor(m.clientId) }}
              >
                P{a.partition}
              </span>
            ))}
      </td>
      <td
        className="member__liveness"
        title={kip848 ? t('kip848v.livenessHelp', kip848.helpParams) : t('group.sessionHelp')}
      >
        <span className={`pulse${pulse ? ' is-on' : ''}`} aria-hidden="true" />
        {kip848 && (
          <Countdown
            left={kip848.heartbeatIn}
            total={kip848.heartbeatMs}
            label={t('kip848v.heartbeat', { s: secs(kip848.heartbeatIn) })}
          />
        )}
        <Countdown
          left={sessionLeft}
          total={session}
          label={t(kip848 ? 'kip848v.fenced' : 'group.session', { s: secs(sessionLeft) })}
        />
        <Countdown left={pollLeft} total={pollInterval} label={t('group.poll', { s: secs(pollLeft) })} />
      </td>
      <td className="num">{formatNumber(lang, m.consumed)}</td>
      <td className="member__actions">
        <button
          type="button"
          disabled={gone}
          title={t('group.action.stopHelp')}
          onClick={() => act({ action: 'stopConsumer', group: group.id, member: m.clientId })}
        >
          {t('group.action.stop')}
        </button>
        <button
          type="button"
          disabled={gone}
          title={t('group.action.crashHelp')}
          onClick={() => act({ action: 'crashConsumer', group: group.id, member: m.clientId })}
        >
          {t('group.action.crash')}
        </button>
        <button
          type="button"
          disabled={gone || slow}
          title={t('group.action.slowHelp')}
          onClick={() =>
            act({
              action: 'slowConsumer',
              group: group.id,
              member: m.clientId,
              processingMsPerRecord: SLOW_MS_PER_RECORD,
            })
          }
        >
          {t('group.action.slow')}
        </button>
      </td>
    </tr>
  );
}

export function MemberList({ group, now }: { group: GroupView; now: number }) {
  const t = useT();
  return (
    <table className={group.consumerProtocol ? 'members members--kip848' : 'members'}>
      <caption className="sr-only">{t('group.members')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('group.col.member')}</th>
          <th scope="col">{t('group.col.status')}</th>
          <th scope="col">{t('group.col.partitions')}</th>
          <th scope="col">
            <RichText text={t(group.consumerProtocol ? 'kip848v.col.liveness' : 'group.col.liveness')} />
          </th>
          <th scope="col">{t('group.col.consumed')}</th>
          <th scope="col">{t('group.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {group.members.map((m, i) => (
          <MemberRow key={m.clientId} group={group} m={m} index={i} now={now} />
        ))}
      </tbody>
    </table>
  );
}
