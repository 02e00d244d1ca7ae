/**
 * "Compare rebalance protocols": three headless engine copies of the current scenario (with the changes
 * recorded so far) — classic eager, classic cooperative, the consumer protocol — run on demand, and the
 * figures a learner compares side by side (engine/consumer/protocolComparison.ts).
 */
import '../../styles/kip848.css';
import { useState } from 'react';
import { compareRebalanceProtocols, type ProtocolRunFigures } from '../../engine';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka, useKafkaStoreApi } from '../../store/StoreContext';

const short = (keys: readonly string[]) =>
  keys.length === 0 ? '—' : keys.map((k) => `P${k.slice(k.lastIndexOf('-') + 1)}`).join(', ');

export function ProtocolComparison({ groupId }: { groupId: string }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const store = useKafkaStoreApi();
  const [result, setResult] = useState<{ runs: ProtocolRunFigures[]; durationMs: number } | null>(null);
  const [running, setRunning] = useState(false);
  const secs = (ms: number) => t('kip848.compare.seconds', { s: formatNumber(lang, ms / 1000, 2) });
  const run = () => {
    setRunning(true);
    // Let the "running" line paint before the copies take the main thread for a moment.
    setTimeout(() => {
      const scenario = store.getState().recordedScenario();
      setResult({ runs: compareRebalanceProtocols(scenario, groupId), durationMs: scenario.durationMs });
      setRunning(false);
    }, 0);
  };
  const changes = result?.runs[0]?.changes ?? [];
  return (
    <details className="kip848-compare" data-testid="protocol-comparison">
      <summary>{t('kip848.compare.title')}</summary>
      <p>{t('kip848.compare.intro')}</p>
      <button type="button" onClick={run} disabled={running}>
        {t('kip848.compare.run')}
      </button>
      <p role="status">{running ? t('kip848.compare.running') : ''}</p>
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
                <th scope="col">{t('kip848.compare.paused')}</th>
                <th scope="col">{t('kip848.compare.pauseMs')}</th>
                <th scope="col">{t('kip848.compare.twice')}</th>
                {changes.map((c, i) => (
                  <th scope="col" key={i}>
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
    </details>
  );
}
