/**
 * The pipeline as a list, one line per partition, for phone-width screens where the wide picture
 * would shrink below reading size: what waits in the producer's open batch, the log end and high
 * watermark on the broker, and who consumes it with what lag. CSS shows it instead of the picture
 * only on narrow screens (styles/app.css).
 */
import type { GroupView, PartitionView, ProducerView } from '../engine';
import { formatNumber, type Lang } from '../i18n';
import { useT } from '../store/useT';
import { Term } from './Term';

interface Props {
  partitions: PartitionView[];
  producer: ProducerView | undefined;
  group: GroupView | undefined;
  lang: Lang;
  memberLabel: (id: string | null) => string;
}

export function PipelineCompact({ partitions, producer, group, lang, memberLabel }: Props) {
  const t = useT();
  const num = (n: number) => formatNumber(lang, n);
  return (
    <ul className="pipeline__compact" data-testid="pipeline-compact">
      {partitions.map((p) => {
        const waiting = (producer?.batches ?? [])
          .filter((b) => b.partition === p.partition)
          .reduce((n, b) => n + b.count, 0);
        const consumer = group?.partitions.find((g) => g.topic === p.topic && g.partition === p.partition);
        return (
          <li key={p.partition}>
            <b>P{p.partition}</b>{' '}
            {t('view.compact.row', {
              waiting: num(waiting),
              leo: num(p.logEndOffset),
              hw: num(p.highWatermark),
            })}
            {consumer && (
              <>
                {' '}
                ·{' '}
                {!consumer.owner && consumer.assignedTo
                  ? t('view.ownerNotResponding', { client: consumer.assignedTo })
                  : memberLabel(consumer.owner)}{' '}
                ·{' '}
                <Term id="lag">
                  {t('view.lag', { lag: consumer.lag === null ? '-' : num(consumer.lag) })}
                </Term>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
