/** A tspan for the producer's sub-heading: the codec and what it did to the most recent batch (raw → wire bytes). */
import type { ProducerView } from '../../engine';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';

export function LastCompression({ producer }: { producer: ProducerView }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const codec = String(producer.config['compression.type'] ?? 'none');
  if (codec === 'none') return null;
  let last: ProducerView['recentSent'][number] | undefined;
  for (const d of producer.recentSent) if (!last || d.batch > last.batch) last = d;
  if (!last || last.codec !== codec) return <tspan className="col-codec">compression.type={codec}</tspan>;
  return (
    <tspan className="col-codec" data-testid="last-compression">
      {t('view.compressed', {
        codec,
        before: formatNumber(lang, last.uncompressedBytes),
        after: formatNumber(lang, last.bytes),
      })}
    </tspan>
  );
}
