/**
 * The cluster: brokers as columns, each with its replica logs, the leader marked, ISR membership by
 * shape and word, HW and LEO markers; clicking a broker crashes or restarts it; below, the record ledger.
 */
import { useMemo } from 'react';
import type { PartitionView } from '../../engine';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { shownTopic } from '../../store/producerSelection';
import { BrokerColumn } from './BrokerColumn';
import { BrokerVersion } from './BrokerVersion';
import { PartitionStrip } from './PartitionStrip';
import { RecordLedger } from './RecordLedger';
import { ReplicationTraffic } from './ReplicationTraffic';
import { useReducedMotion } from '../useReducedMotion';
import { RichText } from '../RichText';
import { Term } from '../Term';
import './replication.css';

/** Partitions shown per broker (more would not fit a column). */
const MAX_PARTITIONS = 6;

/** Each follower fetches once per leader it follows, whatever the number of partitions. */
function fetchPairs(partitions: PartitionView[]): { follower: number; leader: number }[] {
  const seen = new Map<string, { follower: number; leader: number }>();
  for (const p of partitions) {
    if (p.leader < 0) continue;
    for (const follower of p.replication.replicas)
      if (follower !== p.leader) seen.set(`${follower}>${p.leader}`, { follower, leader: p.leader });
  }
  return [...seen.values()];
}

export function ReplicationView() {
  const t = useT();
  const snap = useKafka((s) => s.snap);
  const act = useKafka((s) => s.act);
  const reducedMotion = useReducedMotion();
  const lost = t('repl.strip.lost');
  const stripTitle = t('repl.strip.title');
  const stripLabels = useMemo(
    () => ({ lost, duplicate: '×2', reordered: '↺', title: stripTitle }),
    [lost, stripTitle],
  );
  const topic = useKafka(shownTopic);
  const partitions = snap.partitions.filter((p) => p.topic === topic).slice(0, MAX_PARTITIONS);
  const replicated = partitions.some((p) => p.replication.replicas.length > 1);
  if (!replicated && snap.brokers.length === 1) return null;
  const maxEnd = Math.max(
    1,
    ...partitions.flatMap((p) => p.replication.replicaViews.map((r) => r.logEndOffset)),
  );
  const fetchingTo = new Set(snap.messages.filter((m) => m.kind === 'replicaFetchResponse').map((m) => m.to));
  return (
    <section className="panel replication" aria-labelledby="replication-title">
      <h2 id="replication-title">
        {t('repl.title')} · {topic}
      </h2>
      <BrokerVersion />
      <p className="replication__isr">
        {partitions.map((p) => (
          <span
            key={p.partition}
            className={p.replication.underMinIsr ? 'isr-summary isr-summary--under' : 'isr-summary'}
            data-testid={`isr-${p.partition}`}
          >
            P{p.partition}:{' '}
            <RichText
              text={t('repl.isr', { isr: `{${p.replication.isr.join(', ')}}`, min: p.replication.minIsr })}
            />
            {p.replication.underMinIsr && (
              <>
                {' · ⚠ '}
                <Term id="minIsr">{t('repl.underMinIsr')}</Term>
              </>
            )}
          </span>
        ))}
      </p>
      <ReplicationTraffic
        now={snap.now}
        brokers={snap.brokers}
        fetchPairs={fetchPairs(partitions)}
        messages={snap.messages}
        reducedMotion={reducedMotion}
      />
      <div
        className="replication__brokers"
        style={{ gridTemplateColumns: `repeat(${snap.brokers.length}, minmax(0, 1fr))` }}
      >
        {snap.brokers.map((b) => (
          <BrokerColumn
            key={b.id}
            broker={b}
            partitions={partitions}
            maxEnd={maxEnd}
            fetching={fetchingTo.has(`broker:${b.id}`)}
            onToggle={() => act({ action: b.alive ? 'crashBroker' : 'restartBroker', broker: b.id })}
            act={act}
          />
        ))}
      </div>
      <p className="replication__legend">
        <RichText text={t('repl.legend')} />
      </p>
      <h3 className="ledger__title">{t('repl.strip.title')}</h3>
      {partitions.map((p) => (
        <div key={p.partition} className="strip-row">
          <span className="replica__partition">P{p.partition}</span>
          <PartitionStrip partition={p} labels={stripLabels} />
        </div>
      ))}
      <p className="replication__legend">
        <RichText text={t('repl.strip.legend')} />
      </p>
      <RecordLedger />
    </section>
  );
}
