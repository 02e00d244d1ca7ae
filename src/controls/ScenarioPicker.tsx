import { useId } from 'react';
import { EXAMPLES, findExample } from '../scenarios';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';

/** Chooses one of the shipped example scenarios; the description says what to watch for. */
export function ScenarioPicker() {
  const t = useT();
  const id = useId();
  const scenarioName = useKafka((s) => s.scenario.title?.[s.lang] ?? s.scenario.name);
  const scenarioId = useKafka((s) => s.scenarioId);
  const loadScenario = useKafka((s) => s.loadScenario);
  const lang = useKafka((s) => s.lang);
  return (
    <div className="picker">
      <label htmlFor={id}>{t('app.scenario')}</label>
      <select
        id={id}
        value={findExample(scenarioId) ? scenarioId : ''}
        onChange={(e) => {
          const example = findExample(e.currentTarget.value);
          if (example) loadScenario(example.id, example.scenario);
        }}
      >
        {!findExample(scenarioId) && <option value="">{scenarioName}</option>}
        {EXAMPLES.map((e) => (
          <option key={e.id} value={e.id}>
            {e.scenario.title?.[lang] ?? e.scenario.name}
          </option>
        ))}
      </select>
    </div>
  );
}
