/**
 * "Compare rebalance protocols": three headless engine copies of the current scenario (with the changes
 * recorded so far) — classic eager, classic cooperative, the consumer protocol — run on demand in small
 * slices with a progress bar (useProtocolComparison), then the figures a learner compares side by side
 * (engine/consumer/protocolComparison.ts) and the three ownership timelines they come from.
 */
import '../../styles/kip848.css';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { ComparisonTimelines } from './ComparisonTimelines';
import { useProtocolComparison } from './useProtocolComparison';

const short = (keys: readonly string[]) =>
  keys.length === 0 ? '—' : keys.map((k) => `P${k.slice(k.lastIndexOf('-') + 1)}`).join(', ');

const DEFINED = ['paused', 'pauseMs', 'twice', 'settled'] as const;

export function ProtocolComparison({ groupId }: { groupId: string }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const { run, running, progress, current, result } = useProtocolComparison(groupId);
  const secs = (ms: number) => t('kip848.compare.seconds', { s: formatNumber(lang, ms / 1000, 2) });
  const changes = result?.runs[0]?.changes ?? [];
  const pct = Math.round(progress * 100);
  return (
    <details className="kip848-compare" data-testid="protocol-comparison">
      <summary>{t('kip848.compare.title')}</summary>
      <p>{t('kip848.compare.intro')}</p>
      <button type="button" onClick={run} disabled={running}>
        {t('kip848.compare.run')}
      </button>
      {running && (
        <progress
          className="kip848-compare__progress"
          max={100}
          value={pct}
          aria-label={t('kip848v.compare.progressLabel')}
        />
      )}
      <p role="status">
        {running && current
          ? t('kip848v.compare.progress', { protocol: t(`kip848.compare.${current}`), pct })
          : ''}
      </p>
      {result && changes.length === 0 && <p>{t('kip848.compare.noChanges')}</p>}
      {result && (
        <div className="describe__scroll" tabIndex={0} role="region" aria-label={t('kip848.compare.title')}>
          <table className="describe__table kip848-compare__table" data-testid="comparison-table">
            <caption>
              {t('kip848.compare.caption', { s: formatNumber(lang, result.durationMs / 1000) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('kip848.compare.protocol')}</th>
                <th scope="col" title={t('kip848v.def.paused')}>
                  {t('kip848.compare.paused')}
                </th>
                <th scope="col" title={t('kip848v.def.pauseMs')}>
                  {t('kip848.compare.pauseMs')}
                </th>
                <th scope="col" title={t('kip848v.def.twice')}>
                  {t('kip848.compare.twice')}
                </th>
                {changes.map((c, i) => (
                  <th scope="col" key={i} title={t('kip848v.def.settled')}>
                    {t('kip848.compare.settled', {
                      change: t(`kip848.compare.change.${c.action as 'addConsumer'}`, {
                        s: formatNumber(lang, c.atMs / 1000),
                      }),
                    })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.runs.map((r) => (
                <tr key={r.protocol} data-protocol={r.protocol}>
                  <th scope="row">{t(`kip848.compare.${r.protocol}`)}</th>
                  <td data-testid="compare-paused">
                    {r.pausedPartitions.length} ({short(r.pausedPartitions)})
                  </td>
                  <td data-testid="compare-pause-ms">{secs(r.pauseMs)}</td>
                  <td data-testid="compare-twice">{formatNumber(lang, r.recordsReadTwice)}</td>
                  {r.changes.map((c, i) => (
                    <td key={i} data-testid="compare-settled">
                      {c.balancedAfterMs === null ? t('kip848.compare.never') : secs(c.balancedAfterMs)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result && (
        <details className="kip848-compare__definitions">
          <summary>{t('kip848v.compare.definitions')}</summary>
          <dl>
            {DEFINED.map((k) => (
              <div key={k}>
                <dt>
                  {t(k === 'settled' ? 'kip848.compare.settled' : `kip848.compare.${k}`, { change: '…' })}
                </dt>
                <dd>{t(`kip848v.def.${k}`)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {result && <ComparisonTimelines runs={result.runs} />}
    </details>
  );
}
