import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createKafkaStore } from '../store/kafkaStore';
import { startDriver } from '../store/driver';
import { KafkaStoreProvider } from '../store/StoreContext';
import { translate } from '../i18n';
import { App } from './App';
import { readUrlOptions } from './urlState';
import '../styles/app.css';

const options = readUrlOptions(window.location.search, navigator.languages);
const store = createKafkaStore({
  scenarioId: options.example.id,
  scenario: options.example.scenario,
  lang: options.lang,
  speed: options.speed,
});
if (options.unknownScenario) {
  store.getState().notify(
    'error',
    translate(options.lang, 'app.badUrl', {
      id: options.unknownScenario,
      fallback: options.example.scenario.name,
    }),
  );
}
if (options.autoplay) store.getState().play();
startDriver(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <KafkaStoreProvider store={store}>
      <App />
    </KafkaStoreProvider>
  </StrictMode>,
);
