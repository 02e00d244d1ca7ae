/** Live metrics: the latest value in large type (readable on a projector) with its recent history. */
import type { MessageKey } from '../i18n';
import { formatNumber } from '../i18n';
import { useT } from '../store/useT';
import type { MetricsSample } from '../store/metrics';
import { useKafka } from '../store/StoreContext';
import { Sparkline } from './Sparkline';
import { plainRichText, RichText } from './RichText';

const METRICS: {
  key: keyof Omit<MetricsSample, 't' | 'lag' | 'compression'>;
  label: MessageKey;
  digits: number;
  testId: string;
}[] = [
  { key: 'recordsPerSec', label: 'metrics.recordsPerSec', digits: 0, testId: 'metric-records-per-sec' },
  { key: 'batchesPerSec', label: 'metrics.batchesPerSec', digits: 0, testId: 'metric-batches-per-sec' },
  {
    key: 'recordsPerBatch',
    label: 'metrics.recordsPerBatch',
    digits: 1,
    testId: 'metric-records-per-batch',
  },
  { key: 'latencyMs', label: 'metrics.latency', digits: 1, testId: 'metric-latency' },
  { key: 'totalLag', label: 'metrics.lag', digits: 0, testId: 'metric-lag' },
];

/** Averages the last few samples so the big number does not flicker. */
function recentAverage(
  series: MetricsSample[],
  key: keyof Omit<MetricsSample, 't' | 'lag'>,
  n = 4,
): number | null {
  const values = series
    .slice(-n)
    .map((s) => s[key])
    .filter((v): v is number => v !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export function MetricsPanel() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const series = useKafka((s) => s.series);
  const consumed = useKafka((s) => s.snap.groups.reduce((n, g) => n + g.stats.consumed, 0));
  return (
    <section className="panel metrics" aria-labelledby="metrics-title">
      <h2 id="metrics-title">{t('metrics.title')}</h2>
      <ul className="metrics__grid">
        {METRICS.map((m) => {
          const value = recentAverage(series, m.key);
          return (
            <li key={m.key} className="metric">
              <span className="metric__label" id={`${m.testId}-label`}>
                <RichText text={t(m.label)} />
              </span>
              <span className="metric__value" data-testid={m.testId}>
                {value === null ? t('metrics.noData') : formatNumber(lang, value, m.digits)}
              </span>
              <Sparkline values={series.map((s) => s[m.key])} label={plainRichText(t(m.label), lang)} />
            </li>
          );
        })}
        <li className="metric">
          <span className="metric__label">{t('metrics.consumed')}</span>
          <span className="metric__value" data-testid="metric-consumed">
            {formatNumber(lang, consumed)}
          </span>
        </li>
      </ul>
    </section>
  );
}
