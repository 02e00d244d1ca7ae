/**
 * One broker as a column: a button that crashes or restarts it (keyboard operable, labelled with what
 * it will do), its state in words, and one replica log per partition it holds — leader marked ★, ISR
 * membership as a shape and a word (● in ISR, ○ out of ISR), HW and LEO markers on the log bar.
 */
import type { Action, BrokerView, PartitionView } from '../../engine';
import { useT } from '../../store/useT';
import { BrokerFaults } from './BrokerFaults';
import { ReplicaLog } from './ReplicaLog';
import { Term } from '../Term';

interface Props {
  broker: BrokerView;
  partitions: PartitionView[];
  maxEnd: number;
  fetching: boolean;
  onToggle: () => void;
  act: (action: Action) => void;
}

export function BrokerColumn({ broker, partitions, maxEnd, fetching, onToggle, act }: Props) {
  const t = useT();
  const state = !broker.alive
    ? broker.fenced
      ? 'fenced'
      : 'crashed'
    : broker.isolated
      ? 'isolated'
      : broker.fetchDelayMs > 0
        ? 'slow'
        : 'running';
  const held = partitions.filter((p) => p.replication.replicas.includes(broker.id));
  return (
    <div
      className={`broker broker--${broker.alive ? 'up' : 'down'}`}
      data-testid={`broker-${broker.id}`}
      data-focus={`broker:${broker.id}`}
    >
      <button
        type="button"
        className="broker__button"
        onClick={onToggle}
        aria-label={t(broker.alive ? 'repl.crashBroker' : 'repl.restartBroker', { id: broker.id })}
      >
        <span className="broker__name">{t('view.broker', { id: broker.id })}</span>
        <span className={`broker__state broker__state--${state}`}>
          {state === 'running' ? '▲' : state === 'crashed' || state === 'fenced' ? '✕' : '◐'}{' '}
          {t(`repl.state.${state}`, { ms: broker.fetchDelayMs })}
        </span>
        <span className="broker__hint" aria-hidden="true">
          {t(broker.alive ? 'repl.clickToCrash' : 'repl.clickToRestart')}
        </span>
      </button>
      <BrokerFaults broker={broker} act={act} />
      {fetching && broker.alive && <span className="broker__fetching">{t('repl.fetching')}</span>}
      <ul className="broker__replicas">
        {held.map((p) => {
          const r = p.replication.replicaViews.find((x) => x.broker === broker.id)!;
          const role =
            p.leader < 0 && p.replication.isr.includes(broker.id)
              ? 'offline'
              : r.isLeader
                ? 'leader'
                : r.inIsr
                  ? 'inIsr'
                  : 'outOfIsr';
          return (
            <li
              key={`${p.topic}-${p.partition}`}
              className={`replica replica--${role}`}
              data-testid={`replica-${broker.id}-${p.partition}`}
            >
              <div className="replica__head">
                <span className="replica__partition">P{p.partition}</span>
                <span className="replica__role">
                  {role === 'offline' ? (
                    t(`repl.role.${role}`)
                  ) : (
                    <Term id={role === 'leader' ? 'leader' : 'follower'}>{t(`repl.role.${role}`)}</Term>
                  )}
                </span>
              </div>
              <ReplicaLog
                partition={p}
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
        })}
      </ul>
    </div>
  );
}
