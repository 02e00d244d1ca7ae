/**
 * One broker as a column: a button that crashes or restarts it (keyboard operable, labelled with what
 * it will do), its state in words, and one replica log per partition it holds — leader marked ★, ISR
 * membership as a shape and a word (● in ISR, ○ out of ISR), HW and LEO markers on the log bar.
 * The column selects its broker's own fields; each replica selects its own view (ReplicaItem).
 */
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { BrokerFaults } from './BrokerFaults';
import { ReplicaItem } from './ReplicaItem';
import { partitionOf } from './replicationSelection';

interface Props {
  brokerId: number;
  topic: string;
  /** The partitions shown (numbers); the column lists those this broker holds a replica of. */
  partitions: number[];
  maxEnd: number;
}

export const BrokerColumn = memo(function BrokerColumn({ brokerId, topic, partitions, maxEnd }: Props) {
  const t = useT();
  const act = useKafka((s) => s.act);
  const broker = useKafka(
    useShallow((s) => {
      const b = s.snap.brokers.find((x) => x.id === brokerId)!;
      return {
        id: b.id,
        alive: b.alive,
        fenced: b.fenced,
        isolated: b.isolated,
        fetchDelayMs: b.fetchDelayMs,
        dropResponses: b.dropResponses,
      };
    }),
  );
  const held = useKafka(
    useShallow((s) =>
      partitions.filter((p) => partitionOf(s, topic, p)?.replication.replicas.includes(brokerId)),
    ),
  );
  const fetching = useKafka((s) =>
    s.snap.messages.some((m) => m.kind === 'replicaFetchResponse' && m.to === `broker:${brokerId}`),
  );
  const state = !broker.alive
    ? broker.fenced
      ? 'fenced'
      : 'crashed'
    : broker.isolated
      ? 'isolated'
      : broker.fetchDelayMs > 0
        ? 'slow'
        : 'running';
  return (
    <div
      className={`broker broker--${broker.alive ? 'up' : 'down'}`}
      data-testid={`broker-${broker.id}`}
      data-focus={`broker:${broker.id}`}
    >
      <button
        type="button"
        className="broker__button"
        onClick={() => act({ action: broker.alive ? 'crashBroker' : 'restartBroker', broker: broker.id })}
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
        {held.map((p) => (
          <ReplicaItem key={`${topic}-${p}`} topic={topic} partition={p} broker={brokerId} maxEnd={maxEnd} />
        ))}
      </ul>
    </div>
  );
});
