/**
 * Embed mode (`?embed`): minimal chrome that fills its iframe, down to 360 px wide. Shows only the
 * panels asked for; read-only embeds hide the settings. A link opens the same scenario in the full app.
 */
import { useEffect } from 'react';
import { ConfigPanel } from '../controls/ConfigPanel';
import { PlaybackBar } from '../controls/PlaybackBar';
import { ProducerPicker } from '../controls/ProducerPicker';
import { useT } from '../store/useT';
import { useKafka, useKafkaStoreApi } from '../store/StoreContext';
import { MetricsPanel } from '../views/MetricsPanel';
import { PipelineView } from '../views/PipelineView';
import { ErrorBoundary } from './ErrorBoundary';
import { Notices } from './Notices';
import { encodeShareHash, pageBase } from './shareHash';
import { ShortcutsDialog } from './ShortcutsDialog';
import type { EmbedOptions } from './urlState';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { LessonCardOnDemand } from './OnDemand';
import { useVisiblePanels } from './lesson/usePanels';
import { useLesson } from '../store/useLesson';
import { ReplicationView } from '../views/replication/ReplicationView';
import { GroupsWithControls } from './GroupsWithControls';

export function EmbedApp({ embed }: { embed: EmbedOptions }) {
  const t = useT();
  const store = useKafkaStoreApi();
  const lang = useKafka((s) => s.lang);
  const name = useKafka((s) => s.scenario.name);
  const readOnly = useKafka((s) => s.readOnly);
  const inLesson = useLesson((s) => s.lesson !== null);
  const lessonPanels = useVisiblePanels().shown;
  useKeyboardShortcuts();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('embed.iframeTitle', { name });
  }, [lang, name, t]);
  const boundary = { title: t('app.error.title'), body: t('app.error.body'), retry: t('app.error.retry') };
  const { panels } = embed;
  // An embedded lesson shows the panels its step needs, with the narration as the figure's caption.
  const show = (id: 'pipeline' | 'metrics' | 'replication' | 'groups') =>
    inLesson ? lessonPanels.has(id) : id === 'pipeline' || id === 'metrics' ? panels.has(id) : false;
  const openFull = (e: React.MouseEvent<HTMLAnchorElement>) => {
    const s = store.getState();
    const hash = encodeShareHash({
      scenario: s.recordedScenario(),
      exampleId: s.scenarioId,
      t: s.snap.now,
      lang: s.lang,
      selectedProducer: s.selectedProducer,
    });
    e.currentTarget.href = `${pageBase(window.location.href)}${hash}`;
  };
  return (
    <div className="app app--embed">
      <header className="embed__header">
        <span className="embed__title">{name}</span>
        <a
          className="embed__open"
          href={pageBase(window.location.href)}
          target="_blank"
          rel="noopener"
          onClick={openFull}
        >
          {t('embed.open')}
        </a>
      </header>
      <main className="embed__main">
        <figure className="embed__figure">
          {/* Which producer the views show: not a change to the run, so read-only embeds have it too. */}
          {(show('pipeline') || show('metrics')) && <ProducerPicker />}
          {show('pipeline') && (
            <ErrorBoundary {...boundary}>
              <PipelineView />
            </ErrorBoundary>
          )}
          {show('replication') && (
            <ErrorBoundary {...boundary}>
              <ReplicationView />
            </ErrorBoundary>
          )}
          {show('groups') && (
            <ErrorBoundary {...boundary}>
              <GroupsWithControls />
            </ErrorBoundary>
          )}
          {show('metrics') && (
            <ErrorBoundary {...boundary}>
              <MetricsPanel />
            </ErrorBoundary>
          )}
          {inLesson && <LessonCardOnDemand caption />}
        </figure>
        {!inLesson && panels.has('settings') && !readOnly && <ConfigPanel />}
      </main>
      {(inLesson || panels.has('playback')) && (
        <footer className="embed__footer">
          <PlaybackBar compact />
        </footer>
      )}
      <Notices />
      <ShortcutsDialog />
    </div>
  );
}
