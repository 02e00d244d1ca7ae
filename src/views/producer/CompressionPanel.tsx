/**
 * compression.type at work: bytes before and on the wire, the ratio, and the producer's compression CPU,
 * with their recent history (sampled here from the snapshots, every 250 ms of simulated time).
 */
import { useEffect, useState } from 'react';
import type { SimSnapshot } from '../../engine';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka, useKafkaStoreApi } from '../../store/StoreContext';
import { Sparkline } from '../Sparkline';

const SAMPLE_MS = 250;
const WINDOW = 120;

interface Totals {
  t: number;
  before: number;
  after: number;
  cpuUs: number;
}

interface Sample {
  wireBytesPerSec: number;
  ratio: number | null;
  cpuMsPerSec: number;
}

function totalsOf(snap: SimSnapshot): Totals {
  const s = snap.producers[0]?.stats;
  return {
    t: snap.now,
    before: s?.bytesBeforeCompression ?? 0,
    after: s?.bytesAfterCompression ?? 0,
    cpuUs: s?.compressionCpuMicros ?? 0,
  };
}

/** Rates between consecutive snapshots, kept in a bounded window; restarts with the simulation. */
function useCompressionSeries(): Sample[] {
  const api = useKafkaStoreApi();
  const [series, setSeries] = useState<Sample[]>([]);
  useEffect(() => {
    let last = totalsOf(api.getState().snap);
    return api.subscribe((state) => {
      const now = totalsOf(state.snap);
      if (now.t < last.t) {
        last = now;
        setSeries([]);
        return;
      }
      if (now.t - last.t < SAMPLE_MS) return;
      const seconds = (now.t - last.t) / 1000;
      const before = now.before - last.before;
      const after = now.after - last.after;
      const sample = {
        wireBytesPerSec: after / seconds,
        ratio: after > 0 ? before / after : null,
        cpuMsPerSec: (now.cpuUs - last.cpuUs) / 1000 / seconds,
      };
      last = now;
      setSeries((prev) => [...prev.slice(-(WINDOW - 1)), sample]);
    });
  }, [api]);
  return series;
}

export function CompressionPanel() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const producer = useKafka((s) => s.snap.producers[0]);
  const series = useCompressionSeries();
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
