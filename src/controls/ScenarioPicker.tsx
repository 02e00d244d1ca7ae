import { useId, useRef, useState } from 'react';
import { EXAMPLE_CATALOGUE } from '../scenarios/exampleList';
import { isExampleId, loadExample } from '../scenarios/exampleLoader';
import { useT } from '../store/useT';
import { useKafka, useKafkaStoreApi } from '../store/StoreContext';

/**
 * Chooses one of the shipped example scenarios; the description says what to watch for. Each example is
 * its own chunk: the chosen one downloads first (a "Loading…" status meanwhile), then the scenario switches.
 */
export function ScenarioPicker() {
  const t = useT();
  const id = useId();
  const scenarioName = useKafka((s) => s.scenario.title?.[s.lang] ?? s.scenario.name);
  const scenarioId = useKafka((s) => s.scenarioId);
  const loadScenario = useKafka((s) => s.loadScenario);
  const notify = useKafka((s) => s.notify);
  const store = useKafkaStoreApi();
  const lang = useKafka((s) => s.lang);
  const [pending, setPending] = useState<string | null>(null);
  // Only the latest choice applies when an earlier one arrives late.
  const latest = useRef<string | null>(null);
  const choose = (exampleId: string) => {
    latest.current = exampleId;
    setPending(exampleId);
    // Switching scenario pauses; but Play pressed while the chosen example downloads means "play that one".
    store.getState().pause();
    loadExample(exampleId).then(
      (example) => {
        if (latest.current !== exampleId) return;
        setPending(null);
        if (!example) return;
        const playPressedMeanwhile = store.getState().playing;
        loadScenario(example.id, example.scenario);
        if (playPressedMeanwhile) store.getState().play();
      },
      () => {
        if (latest.current !== exampleId) return;
        setPending(null);
        notify('error', { key: 'app.loadFailed' });
      },
    );
  };
  const known = isExampleId(scenarioId);
  return (
    <div className="picker" aria-busy={pending !== null}>
      <label htmlFor={id}>{t('app.scenario')}</label>
      <select
        id={id}
        value={pending ?? (known ? scenarioId : '')}
        onChange={(e) => choose(e.currentTarget.value)}
      >
        {!known && <option value="">{scenarioName}</option>}
        {EXAMPLE_CATALOGUE.map((e) => (
          <option key={e.id} value={e.id}>
            {e.title[lang]}
          </option>
        ))}
      </select>
      {pending !== null && (
        <span role="status" className="picker__loading">
          {t('app.loading')}
        </span>
      )}
    </div>
  );
}
