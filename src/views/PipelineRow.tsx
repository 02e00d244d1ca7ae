/**
 * One partition's row of the pipeline picture. The row and each of its three cells are memoised and
 * subscribed to their own slice of the store (the open batches, the partition's log, the group's
 * partition), so only the cell whose data changed re-renders — the read model keeps identity where
 * nothing did. (A batch waiting out linger.ms redraws its accumulator cell every frame; the log and
 * consumer cells beside it stay still.)
 */
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  configValue,
  type AccumulatorBatchView,
  type GroupView,
  type SendReason,
  type SimEvent,
} from '../engine';
import { formatNumber } from '../i18n';
import { useT } from '../store/useT';
import { useKafka, useKafkaMotion } from '../store/StoreContext';
import type { KafkaStoreState } from '../store/storeTypes';
import { AccumulatorCell } from './AccumulatorCell';
import { ConsumerCell } from './ConsumerCell';
import { LogCell } from './LogCell';
import { COLUMNS, HEADER, WIDTH, offsetScale } from './pipelineLayout';
import { inspectorSelection } from './producer/inspectorSelection';

const NO_BATCHES: AccumulatorBatchView[] = [];

/** The most recent BatchSent of a partition: why its last batch left (full, linger.ms, …). */
function lastSendOf(
  events: readonly SimEvent[],
  partition: number,
): { reason: SendReason; records: number; at: number } | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'BatchSent' && e.partition === partition)
      return { reason: e.reason, records: e.records, at: e.at };
  }
  return undefined;
}

interface Props {
  index: number;
  topic: string;
  partition: number;
  h: number;
  /** Offsets the log column shows (shared by all rows). */
  window: number;
  maxLag: number;
  /** Index of the producer shown in the accumulator column (-1: none), and of the group shown. */
  producerIndex: number;
  groupIndex: number;
}

export const PipelineRow = memo(function PipelineRow(props: Props) {
  const { index, topic, partition, h, window, maxLag, producerIndex, groupIndex } = props;
  const exists = useKafka((s) =>
    s.snap.partitions.some((x) => x.topic === topic && x.partition === partition),
  );
  const hasProducer = useKafka((s) => producerIndex >= 0 && s.snap.producers[producerIndex] !== undefined);
  const hasConsumer = useKafka(
    (s) =>
      s.snap.groups[groupIndex]?.partitions.some((g) => g.topic === topic && g.partition === partition) ??
      false,
  );
  if (!exists) return null;
  const y = HEADER + index * h;
  return (
    <g className="row" data-partition={partition} data-focus={`partition:${partition}`}>
      {index % 2 === 0 && <rect className="row__band" x={0} y={y} width={WIDTH} height={h} />}
      <text className="row__label" x={COLUMNS.label.x} y={y + h / 2} dominantBaseline="central">
        P{partition}
      </text>
      {hasProducer && <RowAccumulator y={y} h={h} partition={partition} producerIndex={producerIndex} />}
      <RowLog y={y} h={h} topic={topic} partition={partition} window={window} groupIndex={groupIndex} />
      {hasConsumer && (
        <RowConsumer
          y={y}
          h={h}
          topic={topic}
          partition={partition}
          maxLag={maxLag}
          groupIndex={groupIndex}
        />
      )}
    </g>
  );
});

interface CellProps {
  y: number;
  h: number;
  partition: number;
}

/** How the pictures name a member: its client id (the member id until the coordinator knows it). */
export const clientIdOf = (group: GroupView | undefined, memberId: string): string =>
  group?.members.find((m) => m.id === memberId)?.clientId ?? memberId;

/** Finds the group's view of one partition (the same object while it does not change). */
const groupPartition = (s: KafkaStoreState, groupIndex: number, topic: string, partition: number) =>
  s.snap.groups[groupIndex]?.partitions.find((g) => g.topic === topic && g.partition === partition);

const RowAccumulator = memo(function RowAccumulator({
  y,
  h,
  partition,
  producerIndex,
}: CellProps & { producerIndex: number }) {
  const t = useT();
  const lang = useKafkaMotion((s) => s.lang);
  const linger = useKafkaMotion((s) => {
    const producer = s.snap.producers[producerIndex];
    return producer ? configValue(producer.config, 'linger.ms') : 0;
  });
  const batches = useKafkaMotion(
    useShallow(
      (s) => s.live.accumulators[producerIndex]?.filter((b) => b.partition === partition) ?? NO_BATCHES,
    ),
  );
  // The clock matters to the cell only while a batch waits out linger.ms.
  const now = useKafkaMotion((s) => (batches.length > 0 ? s.live.now : 0));
  const lastSent = useKafkaMotion(useShallow((s) => lastSendOf(s.recent, partition)));
  const num = (n: number) => formatNumber(lang, n);
  return (
    <AccumulatorCell
      y={y}
      h={h}
      now={now}
      linger={linger}
      batches={batches}
      lastSent={lastSent}
      onInspect={(batchId) => inspectorSelection.getState().select({ where: 'accumulator', batchId })}
      labels={{
        full: t('view.full'),
        sentBecause: (reason) => t(`view.sentBecause.${reason}`),
        lingerLeft: (ms) => t('view.lingerLeft', { ms: num(ms) }),
        batch: (b) =>
          t('view.batch', { records: num(b.count), bytes: num(b.bytes), limit: num(b.writeLimit) }),
      }}
    />
  );
});

const RowLog = memo(function RowLog({
  y,
  h,
  topic,
  partition,
  window,
  groupIndex,
}: CellProps & { topic: string; window: number; groupIndex: number }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const p = useKafka((s) => s.snap.partitions.find((x) => x.topic === topic && x.partition === partition));
  const consumer = useKafka((s) => groupPartition(s, groupIndex, topic, partition));
  if (!p) return null;
  const num = (n: number) => formatNumber(lang, n);
  return (
    <LogCell
      y={y}
      h={h}
      partition={p}
      consumer={consumer}
      x={offsetScale(p.logEndOffset, window)}
      onInspect={(b) =>
        inspectorSelection.getState().select({
          where: 'log',
          partition,
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
  );
});

const RowConsumer = memo(function RowConsumer({
  y,
  h,
  topic,
  partition,
  maxLag,
  groupIndex,
}: CellProps & { topic: string; maxLag: number; groupIndex: number }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const consumer = useKafka((s) => groupPartition(s, groupIndex, topic, partition));
  const ownerClient = useKafka((s) => {
    const owner = groupPartition(s, groupIndex, topic, partition)?.owner;
    return owner ? clientIdOf(s.snap.groups[groupIndex], owner) : null;
  });
  if (!consumer) return null;
  const num = (n: number) => formatNumber(lang, n);
  return (
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
            : (ownerClient ?? t('view.noOwner')),
        lag: t('view.lag', { lag: consumer.lag === null ? '-' : num(consumer.lag) }),
        recordsLag: t('view.recordsLag', { lag: num(consumer.recordsLag ?? 0) }),
      }}
    />
  );
});
