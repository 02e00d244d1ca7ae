/** Records and bytes per partition as bars: a hot key or a bad partitioner shows as one tall bar. */
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { shownTopic } from '../../store/producerSelection';

const W = 420;
const BAR_H = 16;
const LABEL_W = 36;

export function PartitionSkewChart() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const topic = useKafka(shownTopic);
  const partitions = useKafka((s) => s.snap.partitions).filter((p) => p.topic === topic);
  const maxRecords = Math.max(1, ...partitions.map((p) => p.logEndOffset));
  const maxBytes = Math.max(1, ...partitions.map((p) => p.bytesAppended));
  const half = (W - LABEL_W) / 2 - 8;
  const xr = scaleLinear().domain([0, maxRecords]).range([0, half]);
  const xb = scaleLinear().domain([0, maxBytes]).range([0, half]);
  const rowH = BAR_H + 6;
  const height = 20 + partitions.length * rowH;
  return (
    <section className="panel skew" aria-labelledby="skew-title">
      <h2 id="skew-title">{t('skew.title')}</h2>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={t('skew.summary')} className="skew__svg">
        <text x={LABEL_W} y={12} className="skew__head">
          {t('skew.records')}
        </text>
        <text x={LABEL_W + half + 16} y={12} className="skew__head">
          {t('skew.bytes')}
        </text>
        {partitions.map((p, i) => {
          const y = 20 + i * rowH;
          return (
            <g key={p.partition} data-testid={`skew-row-${p.partition}`} data-records={p.logEndOffset}>
              <text x={0} y={y + BAR_H / 2} dominantBaseline="central" className="skew__label">
                {t('skew.partition', { p: p.partition })}
              </text>
              <rect
                className="skew__bar skew__bar--records"
                x={LABEL_W}
                y={y}
                width={xr(p.logEndOffset)}
                height={BAR_H}
                rx={3}
              />
              <text x={LABEL_W + 4} y={y + BAR_H / 2} dominantBaseline="central" className="skew__value">
                {formatNumber(lang, p.logEndOffset)}
              </text>
              <rect
                className="skew__bar skew__bar--bytes"
                x={LABEL_W + half + 16}
                y={y}
                width={xb(p.bytesAppended)}
                height={BAR_H}
                rx={3}
              />
              <text
                x={LABEL_W + half + 20}
                y={y + BAR_H / 2}
                dominantBaseline="central"
                className="skew__value"
              >
                {formatNumber(lang, p.bytesAppended)}
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
