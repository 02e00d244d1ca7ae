/**
 * The producer's state at a glance: buffer.memory gauge, lifecycle, the flush/close/kill calls,
 * records.lost and errors by exception name.
 */
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { shownProducer } from '../../store/producerSelection';

export function ProducerStatus() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const producer = useKafka(shownProducer);
  const act = useKafka((s) => s.act);
  if (!producer) return null;
  const num = (n: number) => formatNumber(lang, n);
  const used = producer.bufferUsed / Math.max(1, producer.bufferMemory);
  const running = producer.lifecycle === 'running';
  const lifecycle = producer.lifecycle;
  const state = producer.flushing
    ? t('view.lifecycle.flushing')
    : lifecycle === 'running'
      ? null
      : t(`view.lifecycle.${lifecycle}`);
  const errors = Object.entries(producer.stats.errors);
  const call = (action: 'flushProducer' | 'closeProducer' | 'killProducer', timeoutMs?: number) =>
    act(
      timeoutMs === undefined
        ? { action, producer: producer.id }
        : { action: 'closeProducer', producer: producer.id, timeoutMs },
    );
  return (
    <div className="producer-status">
      <div className="gauge" data-testid="buffer-gauge">
        <div className="gauge__head">
          <span className="mono">{t('view.bufferGauge')}</span>
          <span>
            {num(producer.bufferUsed)} / {num(producer.bufferMemory)} B
          </span>
        </div>
        <div
          className={`gauge__track${producer.blocked ? ' is-blocked' : ''}`}
          role="meter"
          aria-label={t('view.bufferGauge')}
          aria-valuemin={0}
          aria-valuemax={producer.bufferMemory}
          aria-valuenow={producer.bufferUsed}
        >
          <div className="gauge__fill" style={{ width: `${Math.min(100, used * 100)}%` }} />
        </div>
        {producer.blocked && <p className="gauge__alert">{t('view.blocked')}</p>}
      </div>
      <div className="producer-calls" role="group" aria-label={t('producer.actions')}>
        <button
          type="button"
          disabled={!running}
          onClick={() => call('flushProducer')}
          title={t('producer.flush.doc')}
        >
          {t('producer.flush')}
        </button>
        <button
          type="button"
          disabled={!running}
          onClick={() => call('closeProducer')}
          title={t('producer.close.doc')}
        >
          {t('producer.close')}
        </button>
        <button
          type="button"
          disabled={!running}
          onClick={() => call('closeProducer', 0)}
          title={t('producer.close0.doc')}
        >
          {t('producer.close0')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={producer.lifecycle === 'killed' || producer.lifecycle === 'closed'}
          onClick={() => call('killProducer')}
          title={t('producer.kill.doc')}
        >
          {t('producer.kill')}
        </button>
      </div>
      {state && (
        <p className="producer-state" data-testid="producer-state">
          {state}
          {!running && producer.lifecycle !== 'closing' ? ` — ${t('producer.restart')}` : ''}
        </p>
      )}
      <dl className="producer-counts">
        <div>
          <dt className="mono">{t('producer.lost')}</dt>
          <dd data-testid="records-lost" className={producer.stats.lost > 0 ? 'is-bad' : ''}>
            {num(producer.stats.lost)}
          </dd>
        </div>
        <div>
          <dt>{t('producer.errors')}</dt>
          <dd data-testid="producer-errors" className="producer-errors">
            {errors.length === 0
              ? t('producer.noErrors')
              : errors.map(([name, n]) => (
                  <span key={name} className="mono">
                    {name}: {num(n)}
                  </span>
                ))}
          </dd>
        </div>
      </dl>
    </div>
  );
}
