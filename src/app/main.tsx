import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startDriver } from '../store/driver';
import { KafkaStoreProvider } from '../store/StoreContext';
import { App } from './App';
import { storeFromUrl } from './bootstrap';
import { EmbedApp } from './EmbedApp';
import { syncHashWithStore } from './hashSync';
import { hasShareHash } from './shareHash';
import { readUrlOptions } from './urlState';
import { syncLessonUrl } from './lesson/lessonUrl';
import { lessonStoreFor } from '../store/useLesson';
import { translate } from '../i18n';
import { loadCourse } from '../lessons/courseLoader';
import '../styles/app.css';
import '../styles/timetravel.css';
import '../styles/lesson.css';
import '../styles/glossary.css';
import '../styles/narration.css';

// Reading a shared scenario needs the validator (zod): loaded only when the address carries one.
const { hash } = window.location;
const decoded = hasShareHash(hash) ? (await import('./shareLink')).decodeShareHash(hash) : undefined;
const options = readUrlOptions(window.location.search, navigator.languages, decoded);
// A lesson link needs the course before the store can open the lesson (else: "no such lesson" notice).
if (options.lesson) await loadCourse().catch(() => undefined);
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
