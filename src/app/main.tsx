import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startDriver } from '../store/driver';
import { KafkaStoreProvider } from '../store/StoreContext';
import { App } from './App';
import { storeFromUrl } from './bootstrap';
import { EmbedApp } from './EmbedApp';
import { syncHashWithStore } from './hashSync';
import { hasShareHash } from './shareHash';
import { exampleIdToOpen, readUrlOptions } from './urlState';
import { loadExample } from '../scenarios/exampleLoader';
import { syncLessonUrl } from './lesson/lessonUrl';
import { lessonStoreFor } from '../store/useLesson';
import { loadLang, translate } from '../i18n';
import { loadCourse } from '../lessons/courseLoader';
import '../styles/app.css';
import '../styles/timetravel.css';
import '../styles/lesson.css';
import '../styles/glossary.css';
import '../styles/narration.css';

// Before the first render, in parallel: the share-link reader (zod) only when the address carries a scenario,
// the example it opens (each example is its own chunk), then Korean if chosen and the course for a lesson link.
const { hash, search } = window.location;
const [decoded] = await Promise.all([
  hasShareHash(hash) ? import('./shareLink').then((m) => m.decodeShareHash(hash)) : undefined,
  loadExample(exampleIdToOpen(search)).catch(() => undefined),
]);
const options = readUrlOptions(search, navigator.languages, decoded);
await Promise.all([
  loadLang(options.lang).catch(() => undefined),
  // A lesson link needs the course before the store can open the lesson (else: "no such lesson" notice).
  options.lesson ? loadCourse().catch(() => undefined) : undefined,
]);
const root = createRoot(document.getElementById('root')!);

if (options.compare) {
  // A/B compare is its own chunk: a first visit to the plain app does not download it.
  const compare = options.compare;
  import('./compare/startCompare')
    .then((m) => m.startCompare(root, { ...options, compare }))
    .catch(() =>
      root.render(
        <p role="alert" className="load-failed">
          {translate(options.lang, 'app.loadFailed')}
        </p>,
      ),
    );
} else {
  const store = storeFromUrl(options);
  startDriver(store);
  // The full app keeps its state in the address bar; an embed leaves its host page's URL alone.
  if (!options.embed) {
    const lessons = lessonStoreFor(store);
    syncHashWithStore(store, undefined, () => lessons.getState().lesson !== null);
    syncLessonUrl(store, lessons);
  }
  root.render(
    <StrictMode>
      <KafkaStoreProvider store={store}>
        {options.embed ? <EmbedApp embed={options.embed} /> : <App />}
      </KafkaStoreProvider>
    </StrictMode>,
  );
}
