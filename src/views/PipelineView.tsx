/**
 * The main picture: for every partition of the producer's topic, one row from the producer's
 * accumulator, over the wire, into the broker's log, and out to the consumer group.
 */
import { useMemo } from 'react';
import type { SendReason, SimEvent } from '../engine';
import { formatNumber } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { AccumulatorCell } from './AccumulatorCell';
import { ConsumerCell } from './ConsumerCell';
import { InFlightLayer } from './InFlightLayer';
import { LogCell } from './LogCell';
import { PipelineCompact } from './PipelineCompact';
import { RichText } from './RichText';
import { COLUMNS, HEADER, WIDTH, offsetScale, rowHeight, svgHeight } from './pipelineLayout';
import { useReducedMotion } from './useReducedMotion';
import { inspectorSelection } from './producer/inspectorSelection';
import { LastCompression } from './producer/LastCompression';

/** The most recent BatchSent per partition: why the last batch left (full, linger.ms, …). */
function lastSendByPartition(
  events: SimEvent[],
): Map<number, { reason: SendReason; records: number; at: number }> {
  const out = new Map<number, { reason: SendReason; records: number; at: number }>();
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'BatchSent' && !out.has(e.partition))
      out.set(e.partition, { reason: e.reason, records: e.records, at: e.at });
  }
  return out;
}

/** How many offsets the log column shows at once: enough for a few seconds of traffic. */
function visibleWindow(maxLogEnd: number, ratePerSec: number): number {
  return Math.max(40, Math.min(maxLogEnd, Math.ceil(Math.max(ratePerSec, 10) * 4)));
}

export function PipelineView() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const snap = useKafka((s) => s.snap);
  const recent = useKafka((s) => s.recent);
  const reducedMotion = useReducedMotion();
  const producer = snap.producers[0];
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
  const lastSent = useMemo(() => lastSendByPartition(recent), [recent]);
  const maxLag = Math.max(1, ...(group?.partitions.map((p) => p.lag ?? 0) ?? [0]));
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
        {partitions.map((p, i) => {
          const y = HEADER + i * h;
          const consumer = group?.partitions.find((g) => g.topic === p.topic && g.partition === p.partition);
          return (
            <g
              key={p.partition}
              className="row"
              data-partition={p.partition}
              data-focus={`partition:${p.partition}`}
            >
              {i % 2 === 0 && <rect className="row__band" x={0} y={y} width={WIDTH} height={h} />}
              <text className="row__label" x={COLUMNS.label.x} y={y + h / 2} dominantBaseline="central">
                P{p.partition}
              </text>
              {producer && (
                <AccumulatorCell
                  y={y}
                  h={h}
                  now={snap.now}
                  linger={producer.config['linger.ms'] as number}
                  batches={producer.batches.filter((b) => b.partition === p.partition)}
                  lastSent={lastSent.get(p.partition)}
                  onInspect={(batchId) =>
                    inspectorSelection.getState().select({ where: 'accumulator', batchId })
                  }
                  labels={{
                    full: t('view.full'),
                    sentBecause: (reason) => t(`view.sentBecause.${reason}`),
                    lingerLeft: (ms) => t('view.lingerLeft', { ms: num(ms) }),
                    batch: (b) =>
                      t('view.batch', {
                        records: num(b.count),
                        bytes: num(b.bytes),
                        limit: num(b.writeLimit),
                      }),
                  }}
                />
              )}
              <LogCell
                y={y}
                h={h}
                partition={p}
                consumer={consumer}
                x={offsetScale(p.logEndOffset, window)}
                onInspect={(b) =>
                  inspectorSelection.getState().select({
                    where: 'log',
                    partition: p.partition,
                    baseSequence: b.baseSequence,
                    producer: b.producer,
                  })
                }
                labels={{
                  leo: `LEO ${num(p.logEndOffset)}`,
                  position: t('view.position', { offset: num(consumer?.position ?? 0) }),
                  committed: t('view.committed', { offset: num(consumer?.committed ?? 0) }),
                }}
              />
              {group && consumer && (
                <ConsumerCell
                  y={y}
                  h={h}
                  owner={consumer.owner}
                  lag={consumer.lag}
                  recordsLag={consumer.recordsLag}
                  maxLag={maxLag}
                  labels={{
                    owner:
                      !consumer.owner && consumer.assignedTo
                        ? t('view.ownerNotResponding', { client: consumer.assignedTo })
                        : memberLabel(consumer.owner),
                    lag: t('view.lag', { lag: consumer.lag === null ? '-' : num(consumer.lag) }),
                    recordsLag: t('view.recordsLag', { lag: num(consumer.recordsLag ?? 0) }),
                  }}
                />
              )}
            </g>
          );
        })}
        <InFlightLayer
          now={snap.now}
          messages={snap.messages}
          rowMid={rowMid}
          reducedMotion={reducedMotion}
        />
      </svg>
      <PipelineCompact
        partitions={partitions}
        producer={producer}
        group={group}
        lang={lang}
        memberLabel={memberLabel}
      />
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
