import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startDriver } from '../store/driver';
import { KafkaStoreProvider } from '../store/StoreContext';
import { App } from './App';
import { storeFromUrl } from './bootstrap';
import { CompareApp } from './compare/CompareApp';
import { compareScenarios } from './compare/compareSetup';
import { followLead } from './compare/followLead';
import { EmbedApp } from './EmbedApp';
import { syncHashWithStore } from './hashSync';
import { readUrlOptions } from './urlState';
import { syncLessonUrl } from './lesson/lessonUrl';
import { lessonStoreFor } from '../store/useLesson';
import { translate } from '../i18n';

const prefixed = (o: Record<string, string>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [`shown${k[0]!.toUpperCase()}${k.slice(1)}`, v]));
import '../styles/app.css';
import '../styles/timetravel.css';
import '../styles/lesson.css';
import '../styles/glossary.css';
import '../styles/narration.css';

const options = readUrlOptions(window.location.search, navigator.languages, window.location.hash);
const root = createRoot(document.getElementById('root')!);

if (options.compare) {
  const setup = compareScenarios(options.example.scenario, options.compare);
  const stores = [storeFromUrl(options, setup.a), storeFromUrl(options, setup.b)] as const;
  if (setup.rejected) {
    const shown = { key: setup.key, a: String(setup.valueA), b: String(setup.valueB) };
    stores[0].getState().notify(
      'error',
      translate(options.lang, setup.rejected.reason ? 'compare.refusedByKafka' : 'compare.rejected', {
        ...setup.rejected,
        ...prefixed(shown),
      }),
    );
  }
  // One clock: the driver moves A; B mirrors A's time (and seeks with it).
  followLead(stores[0], stores[1]);
  startDriver(stores[0]);
  root.render(
    <StrictMode>
      <CompareApp stores={stores} setup={setup} />
    </StrictMode>,
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
