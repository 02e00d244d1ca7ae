/**
 * The main picture: for every partition of the producer's topic, one row from the producer's
 * accumulator, over the wire, into the broker's log, and out to the consumer group.
 */
import { useMemo } from 'react';
import { formatNumber } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { shownProducer } from '../store/producerSelection';
import { InFlightLayer } from './InFlightLayer';
import { PipelineRow } from './PipelineRow';
import { PipelineCompact } from './PipelineCompact';
import { RichText } from './RichText';
import { COLUMNS, HEADER, WIDTH, rowHeight, svgHeight } from './pipelineLayout';
import { useReducedMotion } from './useReducedMotion';
import { useMediaQuery } from './useMediaQuery';
import { LastCompression } from './producer/LastCompression';

/** How many offsets the log column shows at once: enough for a few seconds of traffic. */
function visibleWindow(maxLogEnd: number, ratePerSec: number): number {
  return Math.max(40, Math.min(maxLogEnd, Math.ceil(Math.max(ratePerSec, 10) * 4)));
}

/** Phone widths, where the compact list replaces the picture (keep in step with styles/app.css). */
const NARROW = '(max-width: 600px)';

function niceCeil(n: number): number {
  const step = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * step).find((v) => v >= n)!;
}

export function PipelineView() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const snap = useKafka((s) => s.snap);
  const reducedMotion = useReducedMotion();
  // The same width as styles/app.css: the list replaces the picture only there, so only there is it
  // rendered (display:none would hide it from screen readers anyway, yet it re-rendered every frame).
  const narrow = useMediaQuery(NARROW);
  const producer = useKafka(shownProducer);
  const topic = producer?.topic ?? snap.partitions[0]?.topic;
  const partitions = useMemo(
    () => snap.partitions.filter((p) => p.topic === topic),
    [snap.partitions, topic],
  );
  const group = snap.groups.find((g) => g.topics.includes(topic ?? ''));
  const h = rowHeight(partitions.length);
  const height = svgHeight(partitions.length);
  const maxLogEnd = Math.max(0, ...partitions.map((p) => p.logEndOffset));
  const perPartitionRate = (producer?.workload.recordsPerSec ?? 10) / Math.max(1, partitions.length);
  const window = visibleWindow(maxLogEnd, perPartitionRate);
  // Rounded up to 1, 2 or 5 × 10ⁿ: the bars keep their scale (and rows need not redraw) while lag wobbles.
  const maxLag = niceCeil(Math.max(1, ...(group?.partitions.map((p) => p.lag ?? 0) ?? [0])));
  const num = (n: number) => formatNumber(lang, n);
  const rowMid = (tp: string, p: number) =>
    tp === topic && p < partitions.length ? HEADER + p * h + h / 2 : undefined;
  const memberLabel = (id: string | null) => {
    if (!id) return t('view.noOwner');
    const member = group?.members.find((m) => m.id === id);
    return member?.clientId ?? id;
  };

  return (
    <section className="panel pipeline" aria-labelledby="pipeline-title">
      <h2 id="pipeline-title" className="sr-only">
        {t('view.pipeline')}
      </h2>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="pipeline-title"
        className="pipeline__svg"
      >
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
            {new Set(partitions.map((p) => p.leader)).size === 1 && partitions[0]!.leader >= 0
              ? t('view.broker', { id: partitions[0]!.leader })
              : ''}
          </text>
          {group && (
            <>
              <text x={COLUMNS.consumer.x} y={18} className="col-title">
                {t('view.consumer', { id: group.id })}
              </text>
              <text x={COLUMNS.consumer.x} y={34} className="col-sub">
                {t('view.lag', { lag: num(group.stats.totalLag) })}
              </text>
            </>
          )}
        </g>
        {partitions.map((p, i) => (
          <PipelineRow
            key={p.partition}
            index={i}
            topic={p.topic}
            partition={p.partition}
            h={h}
            window={window}
            maxLag={maxLag}
            producerIndex={producer ? snap.producers.indexOf(producer) : -1}
            groupIndex={group ? snap.groups.indexOf(group) : -1}
          />
        ))}
        <InFlightLayer
          now={snap.now}
          messages={snap.messages}
          rowMid={rowMid}
          reducedMotion={reducedMotion}
        />
      </svg>
      {narrow && (
        <PipelineCompact
          partitions={partitions}
          producer={producer}
          group={group}
          lang={lang}
          memberLabel={memberLabel}
        />
      )}
      <ul className="legend">
        <li>
          <span className="legend__swatch legend__swatch--batch" aria-hidden="true" />{' '}
          {t('view.legend.batch')}
        </li>
        <li>
          <span aria-hidden="true" className="legend__glyph legend__glyph--position">
            ▼
          </span>{' '}
          <RichText text={t('view.legend.position')} />
        </li>
        <li>
          <span aria-hidden="true" className="legend__glyph legend__glyph--committed">
            ◆
          </span>{' '}
          <RichText text={t('view.legend.committed')} />
        </li>
        <li>
          <RichText text={t('view.legend.recordsLag')} />
        </li>
        <li>
          <RichText text={t('view.legend.sentBecause')} />
        </li>
      </ul>
    </section>
  );
}
