/**
 * The pipeline picture's column headings: the producer with its buffer (or lifecycle, or last
 * compression), the topic's log with its leader, the consumer group with its total lag. Subscribed on
 * its own: the buffer figure changes every frame, the rows and legend around it need not redraw.
 */
import { formatNumber } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { shownProducer } from '../store/producerSelection';
import { useShallow } from 'zustand/react/shallow';
import { COLUMNS } from './pipelineLayout';
import { LastCompression } from './producer/LastCompression';

export function PipelineHeaders({ topic, groupIndex }: { topic: string | undefined; groupIndex: number }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const producer = useKafka(shownProducer);
  const leaders = useKafka(
    useShallow((s) => s.snap.partitions.filter((p) => p.topic === topic).map((p) => p.leader)),
  );
  const groupId = useKafka((s) => s.snap.groups[groupIndex]?.id);
  const totalLag = useKafka((s) => s.snap.groups[groupIndex]?.stats.totalLag ?? 0);
  const num = (n: number) => formatNumber(lang, n);
  return (
    <g className="pipeline__headers">
      {producer && (
        <>
          <text x={COLUMNS.accumulator.x} y={18} className="col-title">
            {t('view.producer', { id: producer.id })}
          </text>
          <text x={COLUMNS.accumulator.x} y={34} className="col-sub">
            {producer.blocked ? (
              t('view.blocked')
            ) : producer.lifecycle !== 'running' || producer.flushing ? (
              <tspan className="col-alert" data-testid="pipeline-lifecycle">
                {producer.flushing
                  ? t('view.lifecycle.flushing')
                  : t(`view.lifecycle.${producer.lifecycle as 'closing' | 'closed' | 'killed'}`)}
              </tspan>
            ) : producer.config['compression.type'] !== 'none' ? (
              // With a codec on, the heading shows what it did to the last batch (the gauge below has the buffer).
              <LastCompression producer={producer} />
            ) : (
              t('view.buffer', {
                used: `${num(producer.bufferUsed)} B`,
                total: `${num(producer.bufferMemory)} B`,
              })
            )}
          </text>
        </>
      )}
      <text x={COLUMNS.log.x} y={18} className="col-title">
        {t('view.log')} · {topic}
      </text>
      <text x={COLUMNS.log.x} y={34} className="col-sub">
        {/* The leader's log; name the broker only when one broker leads every partition shown. */}
        {new Set(leaders).size === 1 && leaders[0]! >= 0 ? t('view.broker', { id: leaders[0]! }) : ''}
      </text>
      {groupId !== undefined && (
        <>
          <text x={COLUMNS.consumer.x} y={18} className="col-title">
            {t('view.consumer', { id: groupId })}
          </text>
          <text x={COLUMNS.consumer.x} y={34} className="col-sub">
            {t('view.lag', { lag: num(totalLag) })}
          </text>
        </>
      )}
    </g>
  );
}
