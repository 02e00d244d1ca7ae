/**
 * One replica in a broker's column: partition, role in words (★ leader, ● in ISR, ○ out of ISR, or
 * offline when its partition has no leader) and its log bar. Memoised and subscribed to its own
 * replica view, which the read model keeps identical while nothing about it changed.
 */
import { memo } from 'react';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { ReplicaLog } from './ReplicaLog';
import { partitionOf } from './replicationSelection';
import { Term } from '../Term';

interface Props {
  topic: string;
  partition: number;
  broker: number;
  maxEnd: number;
}

export const ReplicaItem = memo(function ReplicaItem({ topic, partition, broker, maxEnd }: Props) {
  const t = useT();
  const r = useKafka((s) =>
    partitionOf(s, topic, partition)?.replication.replicaViews.find((x) => x.broker === broker),
  );
  // With no leader, an ISR member is where the partition would come back (offline, not "out of ISR").
  const offline = useKafka((s) => {
    const p = partitionOf(s, topic, partition);
    return p !== undefined && p.leader < 0 && p.replication.isr.includes(broker);
  });
  if (!r) return null;
  const role = offline ? 'offline' : r.isLeader ? 'leader' : r.inIsr ? 'inIsr' : 'outOfIsr';
  return (
    <li className={`replica replica--${role}`} data-testid={`replica-${broker}-${partition}`}>
      <div className="replica__head">
        <span className="replica__partition">P{partition}</span>
        <span className="replica__role">
          {role === 'offline' ? (
            t(`repl.role.${role}`)
          ) : (
            <Term id={role === 'leader' ? 'leader' : 'follower'}>{t(`repl.role.${role}`)}</Term>
          )}
        </span>
      </div>
      <ReplicaLog
        replica={r}
        maxEnd={maxEnd}
        leo={t('repl.leo', { n: r.logEndOffset })}
        hw={t('repl.hw', { n: r.highWatermark })}
        stale={t('repl.stale')}
        leaderKnows={
          !r.isLeader && r.leaderKnownEnd >= 0 && r.leaderKnownEnd < r.logEndOffset
            ? t('repl.leaderKnows', { n: r.leaderKnownEnd })
            : undefined
        }
      />
    </li>
  );
});
