/**
 * A/B compare: two visualisers side by side, one store each (through context), one clock. The
 * setting that differs and the figures that come out differently are highlighted.
 */
import { useEffect } from 'react';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { RichText } from '../../views/RichText';
import type { KafkaStore } from '../../store/kafkaStore';
import { KafkaStoreProvider, useKafka } from '../../store/StoreContext';
import { useStore } from 'zustand';
import { LanguageSwitch } from '../../controls/LanguageSwitch';
import { PlaybackBar } from '../../controls/PlaybackBar';
import { ProducerPicker } from '../../controls/ProducerPicker';
import { PipelineView } from '../../views/PipelineView';
import { ErrorBoundary } from '../ErrorBoundary';
import { Notices } from '../Notices';
import { ShortcutsDialog } from '../ShortcutsDialog';
import { useKeyboardShortcuts } from '../useKeyboardShortcuts';
import { compareFigures, differs } from './compareMetrics';
import { PRESETS, type CompareSetup } from './compareSetup';

interface Props {
  stores: readonly [KafkaStore, KafkaStore];
  setup: CompareSetup;
}

function Side({ side, setup }: { side: 'a' | 'b'; setup: CompareSetup }) {
  const t = useT();
  const boundary = { title: t('app.error.title'), body: t('app.error.body'), retry: t('app.error.retry') };
  const value = side === 'a' ? setup.valueA : setup.valueB;
  return (
    <section
      className={`compare__side compare__side--${side}`}
      aria-labelledby={`compare-${side}`}
      data-testid={`compare-${side}`}
    >
      <h2 id={`compare-${side}`} className="compare__heading">
        <span className="compare__badge">{side.toUpperCase()}</span>
        <code className="compare__setting">
          {setup.key} = {String(value)}
        </code>
      </h2>
      <ErrorBoundary {...boundary}>
        <PipelineView />
      </ErrorBoundary>
    </section>
  );
}

function FigureTable({ stores }: Props) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const a = compareFigures(useStore(stores[0], (s) => s.snap));
  const b = compareFigures(useStore(stores[1], (s) => s.snap));
  const show = (v: number | null, digits: number) =>
    v === null ? t('metrics.noData') : formatNumber(lang, v, digits);
  return (
    <table className="compare__table" data-testid="compare-table">
      <caption>{t('compare.figures')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.metric')}</th>
          <th scope="col">A</th>
          <th scope="col">B</th>
        </tr>
      </thead>
      <tbody>
        {a.map((fa, i) => {
          const fb = b[i]!;
          const different = differs(fa.value, fb.value);
          return (
            <tr key={fa.label} className={different ? 'is-different' : undefined}>
              <th scope="row">
                <RichText text={t(fa.label)} />
                {different && <span className="sr-only"> ({t('compare.differs')})</span>}
              </th>
              <td>{show(fa.value, fa.digits)}</td>
              <td>{show(fb.value, fb.digits)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function CompareShell({ stores, setup }: Props) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const scenarioId = useKafka((s) => s.scenarioId);
  const scenarioParam = scenarioId === 'custom' ? '' : `scenario=${encodeURIComponent(scenarioId)}&`;
  useKeyboardShortcuts();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('compare.title')} — ${t('app.title')}`;
  }, [lang, t]);
  return (
    <div className="app app--compare">
      <header className="app__header">
        <div className="brand">
          <h1>
            {t('app.title')} · {t('compare.title')}
          </h1>
          <p className="brand__tagline">{t('compare.explain')}</p>
        </div>
        <nav className="compare__presets" aria-label={t('compare.presets')}>
          {PRESETS.map((p) => (
            <a
              key={p.key}
              className="btn btn--small"
              aria-current={p.key === setup.key ? 'true' : undefined}
              href={`?${scenarioParam}compare=${encodeURIComponent(p.key)}`}
            >
              {p.key}
            </a>
          ))}
          <a className="btn btn--small" href={`?${scenarioParam}`}>
            {t('compare.back')}
          </a>
        </nav>
        <LanguageSwitch />
      </header>
      <p className="compare__difference" data-testid="compare-difference">
        {t('compare.onlyDifference')} <code>{setup.key}</code>: <strong>A = {String(setup.valueA)}</strong> ·{' '}
        <strong>B = {String(setup.valueB)}</strong>
      </p>
      {/* Picks the producer on A; B follows (followLead), so both halves show the same one. */}
      <ProducerPicker />
      <main className="compare__main">
        <KafkaStoreProvider store={stores[0]}>
          <Side side="a" setup={setup} />
        </KafkaStoreProvider>
        <KafkaStoreProvider store={stores[1]}>
          <Side side="b" setup={setup} />
        </KafkaStoreProvider>
      </main>
      <FigureTable stores={stores} setup={setup} />
      <footer className="app__footer">
        <PlaybackBar />
      </footer>
      <Notices />
      <ShortcutsDialog />
    </div>
  );
}

export function CompareApp({ stores, setup }: Props) {
  return (
    <KafkaStoreProvider store={stores[0]}>
      <CompareShell stores={stores} setup={setup} />
    </KafkaStoreProvider>
  );
}
