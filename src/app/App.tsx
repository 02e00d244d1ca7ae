/** The app shell: header, the live pipeline view with metrics, the settings panel, the playback bar. */
import { useEffect } from 'react';
import { ConfigPanel } from '../controls/ConfigPanel';
import { LanguageSwitch } from '../controls/LanguageSwitch';
import { PlaybackBar } from '../controls/PlaybackBar';
import { ScenarioPicker } from '../controls/ScenarioPicker';
import { useT } from '../i18n/useT';
import { useKafka } from '../store/StoreContext';
import { MetricsPanel } from '../views/MetricsPanel';
import { PipelineView } from '../views/PipelineView';
import { ReplicationView } from '../views/replication/ReplicationView';
import { ProducerPanels } from '../views/producer/ProducerPanels';
import { GroupsPanel } from '../views/group/GroupCard';
import { NarrationFeed } from '../views/NarrationFeed';
import { ErrorBoundary } from './ErrorBoundary';
import { Notices } from './Notices';
import { ShareDialog } from './ShareDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

export function App() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const version = useKafka((s) => s.scenario.kafkaVersion);
  const description = useKafka((s) => s.scenario.description?.[s.lang] ?? s.scenario.description?.en);
  const scenarioId = useKafka((s) => s.scenarioId);
  const openDialog = useKafka((s) => s.openDialog);
  useKeyboardShortcuts();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('app.title')} — ${t('app.tagline')}`;
  }, [lang, t]);
  const boundary = { title: t('app.error.title'), body: t('app.error.body'), retry: t('app.error.retry') };
  return (
    <div className="app">
      <a className="skip-link" href="#controls">
        {t('app.skipToControls')}
      </a>
      <header className="app__header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="brand__tagline">{t('app.tagline')}</p>
        </div>
        <ScenarioPicker />
        <span className="version-badge" title={t('app.versionHelp', { version })}>
          {t('app.versionBadge', { version })}
        </span>
        <LanguageSwitch />
        <div className="app__actions">
          <button
            type="button"
            className="btn btn--small"
            aria-haspopup="dialog"
            onClick={() => openDialog('share')}
          >
            {t('share.button')}
          </button>
          <a
            className="btn btn--small"
            href={`?${scenarioId === 'custom' ? '' : `scenario=${encodeURIComponent(scenarioId)}&`}compare=linger.ms`}
          >
            {t('compare.open')}
          </a>
        </div>
      </header>
      <main>
        {description && <p className="scenario-description">{description}</p>}
        <div className="app__main">
          <div className="app__stage">
            <ErrorBoundary {...boundary}>
              <PipelineView />
            </ErrorBoundary>
            <ErrorBoundary {...boundary}>
              <ReplicationView />
            </ErrorBoundary>
            <ErrorBoundary {...boundary}>
              <MetricsPanel />
            </ErrorBoundary>
            <ErrorBoundary {...boundary}>
              <ProducerPanels />
            </ErrorBoundary>
            <ErrorBoundary {...boundary}>
              <GroupsPanel />
            </ErrorBoundary>
          </div>
          <aside className="app__side">
            <NarrationFeed />
            <ConfigPanel />
          </aside>
        </div>
      </main>
      <footer className="app__footer">
        <PlaybackBar />
      </footer>
      <Notices />
      <ShortcutsDialog />
      <ShareDialog />
    </div>
  );
}
