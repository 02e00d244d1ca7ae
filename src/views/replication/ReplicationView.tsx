/**
 * The cluster: brokers as columns, each with its replica logs, the leader marked, ISR membership by
 * shape and word, HW and LEO markers; clicking a broker crashes or restarts it; below, the record ledger.
 *
 * The panel selects its layout only (brokers, partitions, the bars' scale); each part below subscribes
 * to its own slice (replicationSelection.ts), so a frame redraws what changed, not the whole cluster.
 */
import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { shownTopic } from '../../store/producerSelection';
import { BrokerColumn } from './BrokerColumn';
import { BrokerVersion } from './BrokerVersion';
import { PartitionStrip } from './PartitionStrip';
import { RecordLedger } from './RecordLedger';
import { LiveReplicationTraffic } from './ReplicationTraffic';
import { hasReplication, partitionOf, shownLogScaleEnd, shownPartitions } from './replicationSelection';
import { RichText } from '../RichText';
import { Term } from '../Term';
import './replication.css';

export function ReplicationView() {
  const t = useT();
  const topic = useKafka(shownTopic);
  const shown = useKafka(useShallow((s) => shownPartitions(s, topic).map((p) => p.partition)));
  const brokerIds = useKafka(useShallow((s) => s.snap.brokers.map((b) => b.id)));
  const drawn = useKafka((s) => hasReplication(s, topic));
  const maxEnd = useKafka((s) => shownLogScaleEnd(s, topic));
  const lost = t('repl.strip.lost');
  const stripTitle = t('repl.strip.title');
  const stripLabels = useMemo(
    () => ({ lost, duplicate: '×2', reordered: '↺', title: stripTitle }),
    [lost, stripTitle],
  );
  if (!drawn || topic === undefined) return null;
  return (
    <section className="panel replication" aria-labelledby="replication-title">
      <h2 id="replication-title">
        {t('repl.title')} · {topic}
      </h2>
      <BrokerVersion />
      <p className="replication__isr">
        {shown.map((p) => (
          <IsrSummary key={p} topic={topic} partition={p} />
        ))}
      </p>
      <LiveReplicationTraffic topic={topic} />
      <div
        className="replication__brokers"
        style={{ gridTemplateColumns: `repeat(${brokerIds.length}, minmax(0, 1fr))` }}
      >
        {brokerIds.map((id) => (
          <BrokerColumn key={id} brokerId={id} topic={topic} partitions={shown} maxEnd={maxEnd} />
        ))}
      </div>
      <p className="replication__legend">
        <RichText text={t('repl.legend')} />
      </p>
      <h3 className="ledger__title">{t('repl.strip.title')}</h3>
      {shown.map((p) => (
        <div key={p} className="strip-row">
          <span className="replica__partition">P{p}</span>
          <LiveStrip topic={topic} partition={p} labels={stripLabels} />
        </div>
      ))}
      <p className="replication__legend">
        <RichText text={t('repl.strip.legend')} />
      </p>
      <RecordLedger />
    </section>
  );
}

interface PartitionProps {
  topic: string;
  partition: number;
}

/** "P0: ISR {0, 1, 2} · min.insync.replicas 2", with a warning while under min ISR. */
const IsrSummary = memo(function IsrSummary({ topic, partition }: PartitionProps) {
  const t = useT();
  const { isr, minIsr, underMinIsr } = useKafka(
    useShallow((s) => {
      const r = partitionOf(s, topic, partition)?.replication;
      return { isr: r?.isr.join(', ') ?? '', minIsr: r?.minIsr ?? 0, underMinIsr: r?.underMinIsr ?? false };
    }),
  );
  return (
    <span
      className={underMinIsr ? 'isr-summary isr-summary--under' : 'isr-summary'}
      data-testid={`isr-${partition}`}
    >
      P{partition}: <RichText text={t('repl.isr', { isr: `{${isr}}`, min: minIsr })} />
      {underMinIsr && (
        <>
          {' · ⚠ '}
          <Term id="minIsr">{t('repl.underMinIsr')}</Term>
        </>
      )}
    </span>
  );
});

/** One partition's strip, redrawn when that partition changed (PartitionStrip is memoised on it). */
function LiveStrip({
  labels,
  ...at
}: PartitionProps & { labels: Parameters<typeof PartitionStrip>[0]['labels'] }) {
  const partition = useKafka((s) => partitionOf(s, at.topic, at.partition));
  return partition ? <PartitionStrip partition={partition} labels={labels} /> : null;
}
