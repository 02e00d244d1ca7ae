/** Turns the URL's options into a ready store: scenario, language, speed, start time, loop, notices. */
import type { Scenario } from '../engine';
import { translate } from '../i18n';
import { createKafkaStore, type KafkaStore } from '../store/kafkaStore';
import { lessonStoreFor } from '../store/useLesson';
import type { UrlOptions } from './urlState';

/** Opening a link must stay quick: at most this many records are simulated before the first frame. */
const START_BUDGET_RECORDS = 5_000_000;

/** The start time, reduced if reaching it would mean simulating an unreasonable number of records. */
export function affordableStartMs(scenario: Scenario, startMs: number): number {
  const rate = scenario.producers.reduce((n, p) => n + p.workload.recordsPerSec, 0);
  if (rate * (startMs / 1000) <= START_BUDGET_RECORDS) return startMs;
  return Math.floor((START_BUDGET_RECORDS / rate) * 1000);
}

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
    const { problem, details } = options.badHash;
    const reason = translate(options.lang, problem) + (details ? `: ${details}` : '');
    s.notify('error', translate(options.lang, 'url.badHash', { reason, fallback: scenario.name }));
  }
  if (options.unknownScenario) {
    s.notify(
      'error',
      translate(options.lang, 'app.badUrl', { id: options.unknownScenario, fallback: scenario.name }),
    );
  }
  if (options.presenter) lessonStoreFor(store).getState().setPresenter(true);
  if (options.lesson) {
    // A lesson runs its own scenario from its first step (a later step replays the ones before it).
    if (lessonStoreFor(store).getState().start(options.lesson.id, options.lesson.step)) {
      if (options.autoplay) s.play();
      return store;
    }
    s.notify('error', translate(options.lang, 'course.notFound', { id: options.lesson.id }));
  }
  const startMs = affordableStartMs(scenario, options.startMs);
  if (startMs < options.startMs) {
    s.notify(
      'info',
      translate(options.lang, 'url.startClamped', { asked: options.startMs / 1000, start: startMs / 1000 }),
    );
  }
  if (startMs > 0) s.seek(startMs);
  if (options.selectedPartition !== null) s.selectPartition(options.selectedPartition);
  if (options.selectedProducer) s.selectProducer(options.selectedProducer);
  if (options.embed?.loop) s.setLoop(startMs < scenario.durationMs ? startMs : 0);
  if (options.autoplay) s.play();
  return store;
}
