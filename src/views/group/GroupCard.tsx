/** One consumer group: its coordinator state explained, members, ownership timeline and --describe table. */
import '../../styles/group.css';
import type { ReactNode } from 'react';
import type { GroupView } from '../../engine';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { DescribeTable } from './DescribeTable';
import { ProtocolComparison } from './ProtocolComparison';
import { ConsumerGroupDescribe } from './ConsumerGroupDescribe';
import { ConsumerProtocolBadges, ConsumerProtocolPanel } from './ConsumerProtocolPanel';
import { LagChart } from './LagChart';
import { MemberList } from './MemberList';
import { RebalanceTimeline } from './RebalanceTimeline';
import { ReconciliationTimeline } from './ReconciliationTimeline';
import { shortName } from './memberColors';
import { Term } from '../Term';

function LastRebalance({ group }: { group: GroupView }) {
  const t = useT();
  const last = group.classic.history[group.classic.history.length - 1];
  if (!last) return null;
  const list = (rec: Record<string, string[]>) => {
    const parts = Object.entries(rec)
      .filter(([, l]) => l.length > 0)
      .map(([id, l]) => `${shortName(id)} ${l.map((k) => `P${k.slice(k.lastIndexOf('-') + 1)}`).join(',')}`);
    return parts.length ? parts.join(' · ') : t('group.none');
  };
  return (
    <p className="group__last" data-testid="last-rebalance">
      {t('group.lastRebalance', {
        n: last.generation,
        revoked: list(last.revoked),
        assigned: list(last.assignment),
      })}
    </p>
  );
}

/** The last rebalance stretched over the full width, so even a 50 ms eager pause is visible. */
function LastRebalanceZoom({ group, now }: { group: GroupView; now: number }) {
  const t = useT();
  const last = group.classic.history.filter((h) => h.generation > 1).at(-1);
  if (!last) return null;
  const end = last.stableAt < 0 ? now : last.stableAt;
  const margin = Math.max(150, (end - last.startedAt) * 0.25);
  const window = {
    from: Math.max(0, last.startedAt - margin),
    to: end + margin,
    caption: t('group.zoom', { n: last.generation, ms: end - last.startedAt }),
  };
  return <RebalanceTimeline group={group} now={now} window={window} />;
}

/** Views do not import controls (the arrow): the app passes a group's controls in as `controls`. */
export type GroupControlsSlot = (group: GroupView) => ReactNode;

export function GroupCard({ group, controls }: { group: GroupView; controls?: GroupControlsSlot }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const now = useKafka((s) => s.snap.now);
  const c = group.classic;
  return (
    <section className="panel group" aria-labelledby={`group-${group.id}`} data-testid={`group-${group.id}`}>
      <header className="group__header">
        <h2 id={`group-${group.id}`}>{t('group.title', { id: group.id })}</h2>
        {group.consumerProtocol && <ConsumerProtocolBadges cp={group.consumerProtocol} />}
        {!group.consumerProtocol && (
          <>
            <span className={`state state--${c.phase}`} data-testid="group-state">
              {t(`group.state.${c.phase}`)}
            </span>
            <span className="group__gen" data-testid="group-generation">
              <Term id="generation">{t('group.generation', { n: c.generation })}</Term>
            </span>
            <span className={`proto proto--${c.protocol}`}>
              <Term id={c.protocol === 'COOPERATIVE' ? 'cooperativeRebalance' : 'eagerRebalance'}>
                {t(`group.protocol.${c.protocol}`)}
              </Term>
            </span>
            {c.assignor && (
              <span>
                <Term id="assignor">{t('group.assignor', { name: c.assignor })}</Term>
              </span>
            )}
            <span>
              <Term id="groupCoordinator">{t('group.coordinator', { id: c.coordinator })}</Term>
            </span>
            {c.leader && (
              <span>
                <Term id="groupLeader">{t('group.leader', { id: shortName(c.leader) })}</Term>
              </span>
            )}
          </>
        )}
      </header>
      {!group.consumerProtocol && <p className="group__explain">{t(`group.explain.${c.phase}`)}</p>}
      {controls?.(group)}
      <MemberList group={group} now={now} />
      {group.consumerProtocol && <ConsumerProtocolPanel cp={group.consumerProtocol} />}
      <LastRebalance group={group} />
      {group.consumerProtocol ? (
        <ReconciliationTimeline group={group} now={now} />
      ) : (
        <>
          <RebalanceTimeline group={group} now={now} />
          <LastRebalanceZoom group={group} now={now} />
        </>
      )}
      <p className="group__stats" data-testid="group-stats">
        {t('group.stats', {
          rebalances: c.rebalanceCount,
          pause: formatNumber(lang, c.totalPauseMs / 1000, 1),
          dups: formatNumber(lang, c.duplicates),
          fenced: c.fencedCommits,
          expired: c.expiredOffsets,
        })}
      </p>
      <ProtocolComparison groupId={group.id} />
      <LagChart group={group} />
      <DescribeTable group={group} />
      <ConsumerGroupDescribe group={group} />
    </section>
  );
}

/** Every consumer group of the scenario. */
export function GroupsPanel({ controls }: { controls?: GroupControlsSlot }) {
  const groups = useKafka((s) => s.snap.groups);
  return (
    <div className="groups">
      {groups.map((g) => (
        <GroupCard key={g.id} group={g} controls={controls} />
      ))}
    </div>
  );
}
