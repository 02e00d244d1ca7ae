/** Renders a component inside its own KafkaScope store, as the app does (one store per instance). */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { findExample } from '../scenarios';
import { createKafkaStore } from '../store/kafkaStore';
import { KafkaStoreProvider } from '../store/StoreContext';
import type { Lang } from '../i18n';

export function renderWithStore(
  ui: ReactElement,
  { scenarioId = 'steady-stream', lang = 'en' as Lang } = {},
) {
  const example = findExample(scenarioId)!;
  const store = createKafkaStore({ scenarioId: example.id, scenario: example.scenario, lang });
  const result = render(<KafkaStoreProvider store={store}>{ui}</KafkaStoreProvider>);
  return { ...result, store };
}
