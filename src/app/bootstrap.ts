/** Turns the URL's options into a ready store: scenario, language, speed, start time, loop, notices. */
import type { Scenario } from '../engine';
import { translate } from '../i18n';
import { createKafkaStore, type KafkaStore } from '../store/kafkaStore';
import type { UrlOptions } from './urlState';

export function storeFromUrl(options: UrlOptions, scenario: Scenario = options.example.scenario): KafkaStore {
  const store = createKafkaStore({
    scenarioId: options.example.id,
    scenario,
    lang: options.lang,
    speed: options.speed,
    readOnly: options.readOnly,
  });
  const s = store.getState();
  if (options.badHash) {
    s.notify(
      'error',
      translate(options.lang, 'url.badHash', { reason: options.badHash, fallback: scenario.name }),
    );
  }
  if (options.unknownScenario) {
    s.notify(
      'error',
      translate(options.lang, 'app.badUrl', { id: options.unknownScenario, fallback: scenario.name }),
    );
  }
  if (options.startMs > 0) s.seek(options.startMs);
  if (options.selectedPartition !== null) s.selectPartition(options.selectedPartition);
  if (options.embed?.loop) s.setLoop(options.startMs < scenario.durationMs ? options.startMs : 0);
  if (options.autoplay) s.play();
  return store;
}
