/**
 * Parts a first view does not show, loaded when first needed (each is its own chunk; the single-file
 * build inlines them). While a chunk loads, a small dialog says so and Escape still closes it.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { ErrorBoundary } from './ErrorBoundary';
import { GlossaryHeaderButton } from './GlossaryHeaderButton';
import { Modal } from './Modal';

// The share dialog carries the config export (its mappings and formats) and the scenario file parser.
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));
const CourseMap = lazy(() => import('./lesson/CourseMap').then((m) => ({ default: m.CourseMap })));
// Only a running lesson shows its card (the course is loaded by then, see lessons/courseLoader.ts).
const LessonCard = lazy(() => import('./lesson/LessonCard').then((m) => ({ default: m.LessonCard })));

// The glossary dialog carries every definition (the header button and <Term> names are in the first download).
const GlossaryDialog = lazy(() => import('./GlossaryDialog').then((m) => ({ default: m.GlossaryDialog })));

type DialogId = 'share' | 'course' | 'glossary';

function Loading({ onClose }: { onClose(): void }) {
  const t = useT();
  return (
    <Modal title={t('app.loading')} closeLabel={t('shortcuts.closeButton')} onClose={onClose}>
      <p role="status" aria-busy="true" data-testid="loading">
        {t('app.loading')}
      </p>
    </Modal>
  );
}

function OnDemand({ id, children }: { id: DialogId; children: ReactNode }) {
  const t = useT();
  const open = useKafka((s) => s.dialog === id);
  const openDialog = useKafka((s) => s.openDialog);
  if (!open) return null;
  const boundary = { title: t('app.error.title'), body: t('app.loadFailed'), retry: t('app.error.retry') };
  return (
    <ErrorBoundary {...boundary}>
      <Suspense fallback={<Loading onClose={() => openDialog(null)} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

export function ShareDialogOnDemand() {
  return (
    <OnDemand id="share">
      <ShareDialog />
    </OnDemand>
  );
}

export function CourseMapOnDemand() {
  return (
    <OnDemand id="course">
      <CourseMap />
    </OnDemand>
  );
}

export function GlossaryButtonOnDemand() {
  const openDialog = useKafka((s) => s.openDialog);
  return (
    <>
      <GlossaryHeaderButton />
      <OnDemand id="glossary">
        <GlossaryDialog onClose={() => openDialog(null)} />
      </OnDemand>
    </>
  );
}

/** The running lesson's card (`caption`: the embed's one-line form). */
export function LessonCardOnDemand({ caption = false }: { caption?: boolean }) {
  const t = useT();
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <LessonCard caption={caption} />
    </Suspense>
  );
}
