/**
 * compression.type at work: bytes before and on the wire, the ratio, and the producer's compression CPU,
 * with their recent history (the store's metric samples, every 250 ms of simulated time, so the same after a seek).
 */
import { useMemo } from 'react';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import type { CompressionSample } from '../../store/metrics';
import { useKafka } from '../../store/StoreContext';
import { shownProducer } from '../../store/producerSelection';
import { Sparkline } from '../Sparkline';

type Sample = CompressionSample;

export function CompressionPanel() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const producer = useKafka(shownProducer);
  const samples = useKafka((s) => s.series);
  const id = producer?.id;
  const series = useMemo(
    () => samples.flatMap((x) => (id && x.compression[id] ? [x.compression[id]] : [])),
    [samples, id],
  );
  if (!producer) return null;
  const s = producer.stats;
  const codec = String(producer.config['compression.type'] ?? 'none');
  const ratio = s.bytesAfterCompression > 0 ? s.bytesBeforeCompression / s.bytesAfterCompression : null;
  const recent = series.slice(-4);
  const avg = (pick: (x: Sample) => number | null) => {
    const v = recent.map(pick).filter((x): x is number => x !== null);
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
  };
  const num = (n: number | null, digits = 0) => (n === null ? '—' : formatNumber(lang, n, digits));
  return (
    <section className="panel compression" aria-labelledby="compression-title">
      <h2 id="compression-title">
        {t('compression.title')} · <span className="mono">compression.type={codec}</span>
      </h2>
      <ul className="metrics__grid">
        <li className="metric">
          <span className="metric__label">{t('compression.before')}</span>
          <span className="metric__value" data-testid="bytes-before">
            {num(s.bytesBeforeCompression)}
          </span>
        </li>
        <li className="metric">
          <span className="metric__label">{t('compression.after')} / s</span>
          <span className="metric__value" data-testid="wire-bytes-per-sec">
            {num(avg((x) => x.wireBytesPerSec))}
          </span>
          <Sparkline values={series.map((x) => x.wireBytesPerSec)} label={t('compression.after')} />
        </li>
        <li className="metric">
          <span className="metric__label">{t('compression.ratio')}</span>
          <span className="metric__value" data-testid="compression-ratio">
            {num(avg((x) => x.ratio) ?? ratio, 2)}×
          </span>
          <Sparkline values={series.map((x) => x.ratio)} label={t('compression.ratio')} />
        </li>
        <li className="metric">
          <span className="metric__label">{t('compression.cpu')}</span>
          <span className="metric__value" data-testid="compression-cpu">
            {num(
              avg((x) => x.cpuMsPerSec),
              2,
            )}
          </span>
          <Sparkline values={series.map((x) => x.cpuMsPerSec)} label={t('compression.cpu')} />
        </li>
      </ul>
      <p className="compression__note">{t('compression.note')}</p>
    </section>
  );
}
