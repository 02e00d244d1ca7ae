/**
 * The main picture: for every partition of the producer's topic, one row from the producer's
 * accumulator, over the wire, into the broker's log, and out to the consumer group. The view itself
 * selects only the layout (which partitions, the shared scales); headings, rows, the dots on the wires
 * and the phone-width list subscribe to their own data, so a frame redraws only what moved.
 */
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../store/useT';
import { useKafka, useKafkaMotion } from '../store/StoreContext';
import { shownProducer, shownTopic } from '../store/producerSelection';
import type { KafkaStoreState } from '../store/storeTypes';
import { InFlightLayer } from './InFlightLayer';
import { clientIdOf, PipelineRow } from './PipelineRow';
import { PipelineCompact } from './PipelineCompact';
import { RichText } from './RichText';
import { HEADER, WIDTH, rowHeight, svgHeight } from './pipelineLayout';
import { useReducedMotion } from './useReducedMotion';
import { useMediaQuery } from './useMediaQuery';
import { PipelineHeaders } from './PipelineHeaders';

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

const partitionsOf = (s: KafkaStoreState, topic: string | undefined) =>
  s.snap.partitions.filter((p) => p.topic === topic);
const groupIndexOf = (s: KafkaStoreState, topic: string | undefined) =>
  s.snap.groups.findIndex((g) => g.topics.includes(topic ?? ''));

export function PipelineView() {
  const t = useT();
  const reducedMotion = useReducedMotion();
  // The same width as styles/app.css: the list replaces the picture only there, so only there is it
  // rendered (display:none would hide it from screen readers anyway, yet it re-rendered every frame).
  const narrow = useMediaQuery(NARROW);
  const topic = useKafka(shownTopic);
  const partitionIds = useKafka(useShallow((s) => partitionsOf(s, topic).map((p) => p.partition)));
  const producerIndex = useKafka((s) => {
    const producer = shownProducer(s);
    return producer ? s.snap.producers.indexOf(producer) : -1;
  });
  const groupIndex = useKafka((s) => groupIndexOf(s, topic));
  const window = useKafka((s) => {
    const maxLogEnd = Math.max(0, ...partitionsOf(s, topic).map((p) => p.logEndOffset));
    const rate = (shownProducer(s)?.workload.recordsPerSec ?? 10) / Math.max(1, partitionIds.length);
    return visibleWindow(maxLogEnd, rate);
  });
  // Rounded up to 1, 2 or 5 × 10ⁿ: the bars keep their scale (and rows need not redraw) while lag wobbles.
  const maxLag = useKafka((s) =>
    niceCeil(Math.max(1, ...(s.snap.groups[groupIndex]?.partitions.map((p) => p.lag ?? 0) ?? [0]))),
  );
  const h = rowHeight(partitionIds.length);
  const height = svgHeight(partitionIds.length);

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
        <PipelineHeaders topic={topic} groupIndex={groupIndex} />
        {partitionIds.map((partition, i) => (
          <PipelineRow
            key={partition}
            index={i}
            topic={topic!}
            partition={partition}
            h={h}
            window={window}
            maxLag={maxLag}
            producerIndex={producerIndex}
            groupIndex={groupIndex}
          />
        ))}
        <PipelineInFlight topic={topic} rows={partitionIds.length} reducedMotion={reducedMotion} />
      </svg>
      {narrow && <PipelineCompactList topic={topic} groupIndex={groupIndex} />}
      <PipelineLegend />
    </section>
  );
}

/** The dots on the wires: they move every frame, so they read the frame-rate store (useKafkaMotion). */
function PipelineInFlight({
  topic,
  rows,
  reducedMotion,
}: {
  topic: string | undefined;
  rows: number;
  reducedMotion: boolean;
}) {
  const now = useKafkaMotion((s) => s.live.now);
  const messages = useKafkaMotion((s) => s.live.messages);
  const h = rowHeight(rows);
  const rowMid = (tp: string, p: number) => (tp === topic && p < rows ? HEADER + p * h + h / 2 : undefined);
  return <InFlightLayer now={now} messages={messages} rowMid={rowMid} reducedMotion={reducedMotion} />;
}

/** The phone-width list (rendered only at phone width). */
function PipelineCompactList({ topic, groupIndex }: { topic: string | undefined; groupIndex: number }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const partitions = useKafka(useShallow((s) => partitionsOf(s, topic)));
  const producer = useKafka(shownProducer);
  const group = useKafka((s) => s.snap.groups[groupIndex]);
  const memberLabel = (id: string | null) => (id ? clientIdOf(group, id) : t('view.noOwner'));
  return (
    <PipelineCompact
      partitions={partitions}
      producer={producer}
      group={group}
      lang={lang}
      memberLabel={memberLabel}
    />
  );
}

/** The legend: text only, memoised (it changes with the language, not with the simulation). */
const PipelineLegend = memo(function PipelineLegend() {
  const t = useT();
  return (
    <ul className="legend">
      <li>
        <span className="legend__swatch legend__swatch--batch" aria-hidden="true" /> {t('view.legend.batch')}
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
  );
});
