/** The app shell: header, the live pipeline view with metrics, the settings panel, the playback bar. */
import { useEffect } from 'react';
import { ConfigPanel } from '../controls/ConfigPanel';
import { ProducerPicker } from '../controls/ProducerPicker';
import { LanguageSwitch } from '../controls/LanguageSwitch';
import { PlaybackBar } from '../controls/PlaybackBar';
import { ScenarioPicker } from '../controls/ScenarioPicker';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { MetricsPanel } from '../views/MetricsPanel';
import { PipelineView } from '../views/PipelineView';
import { ReplicationView } from '../views/replication/ReplicationView';
import { ProducerPanels } from '../views/producer/ProducerPanels';
import { GroupsWithControls } from './GroupsWithControls';
import { NarrationFeed } from '../views/NarrationFeed';
import { TEXT_REFRESH_MS, VisibilityGate } from '../views/VisibilityGate';
import { ErrorBoundary } from './ErrorBoundary';
import { Notices } from './Notices';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import {
  CourseMapOnDemand,
  GlossaryButtonOnDemand,
  LessonCardOnDemand,
  ShareDialogOnDemand,
} from './OnDemand';
import { CourseInvite } from './lesson/CourseInvite';
import { useLessonFocus } from './lesson/useLessonFocus';
import { useVisiblePanels } from './lesson/usePanels';
import { RestartDialog } from './RestartDialog';
import { useLesson } from '../store/useLesson';
import type { PanelId } from '../scenarios/panels';
import type { ReactNode } from 'react';

/** Panels refreshed at another rate than TEXT_REFRESH_MS: the settings' controls at every change, charts four times a second. */
const PANEL_REFRESH_MS: Partial<Record<PanelId, number>> = { settings: 0, metrics: 250 };

export function App() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const version = useKafka((s) => s.scenario.kafkaVersion);
  const description = useKafka((s) => s.scenario.description?.[s.lang] ?? s.scenario.description?.en);
  const scenarioId = useKafka((s) => s.scenarioId);
  const openDialog = useKafka((s) => s.openDialog);
  const inLesson = useLesson((s) => s.lesson !== null);
  const highlight = useLesson((s) => s.lesson?.steps[s.stepIndex]?.highlight);
  const stepKey = useLesson((s) => `${s.lesson?.id}/${s.stepIndex}`);
  const presenter = useLesson((s) => s.presenter);
  const setPresenter = useLesson((s) => s.setPresenter);
  const showAll = useLesson((s) => s.showAllPanels);
  const setShowAll = useLesson((s) => s.setShowAllPanels);
  const { shown, hidden, focused } = useVisiblePanels();
  useLessonFocus(highlight, t('lesson.lookHere'), [stepKey, showAll]);
  useKeyboardShortcuts();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('app.title')} — ${t('app.tagline')}`;
  }, [lang, t]);
  const boundary = { title: t('app.error.title'), body: t('app.error.body'), retry: t('app.error.retry') };
  const panel = (id: PanelId, view: ReactNode) =>
    shown.has(id) ? (
      <div className="app__panel" data-focus={`panel:${id}`} data-panel={id}>
        <ErrorBoundary {...boundary}>
          {/* Text 20 times a second, off screen once a second (docs/performance.md). */}
          <VisibilityGate intervalMs={PANEL_REFRESH_MS[id] ?? TEXT_REFRESH_MS}>{view}</VisibilityGate>
        </ErrorBoundary>
      </div>
    ) : null;
  return (
    <div className={`app${presenter ? ' app--present' : ''}`}>
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
          <GlossaryButtonOnDemand />
          <button
            type="button"
            className="btn btn--small"
            aria-haspopup="dialog"
            onClick={() => openDialog('course')}
          >
            {t('course.button')}
          </button>
          <button
            type="button"
            className="btn btn--small"
            aria-pressed={presenter}
            title={t('presenter.help')}
            onClick={() => setPresenter(!presenter)}
          >
            {t('presenter.on')}
          </button>
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
        {!inLesson && <CourseInvite />}
        {!inLesson && description && <p className="scenario-description">{description}</p>}
        {(focused || showAll) && (
          <button
            type="button"
            className="btn btn--small app__show-all"
            aria-pressed={showAll}
            onClick={() => setShowAll(!showAll)}
          >
            {showAll ? t('panels.showFocus') : t('panels.showAll', { n: hidden })}
          </button>
        )}
        <div className={`app__main${inLesson ? ' app__main--lesson' : ''}`}>
          <div className="app__stage">
            <ProducerPicker />
            {panel('pipeline', <PipelineView />)}
            {panel('replication', <ReplicationView />)}
            {panel('metrics', <MetricsPanel />)}
            {panel('producer', <ProducerPanels />)}
            {panel('groups', <GroupsWithControls />)}
          </div>
          <aside className="app__side">
            {inLesson && (
              <ErrorBoundary {...boundary}>
                <LessonCardOnDemand />
              </ErrorBoundary>
            )}
            {panel('narration', <NarrationFeed />)}
            {panel('settings', <ConfigPanel />)}
          </aside>
        </div>
      </main>
      <footer className="app__footer">
        <PlaybackBar />
      </footer>
      <Notices />
      <ShortcutsDialog />
      <ShareDialogOnDemand />
      <CourseMapOnDemand />
      <RestartDialog />
    </div>
  );
}
