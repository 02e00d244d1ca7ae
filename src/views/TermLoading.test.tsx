/**
 * The glossary's definitions are not in the first download: a <Term> shows its name and is focusable at
 * once, and its tooltip fills when the definitions arrive. Fresh modules, so nothing is preloaded (the test
 * setup loads the glossary for every other test).
 */
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

async function freshModules() {
  vi.resetModules();
  const [{ Term }, { createKafkaStore }, { KafkaStoreProvider }, { loadedExample }, loader] =
    await Promise.all([
      import('./Term'),
      import('../store/kafkaStore'),
      import('../store/StoreContext'),
      import('../scenarios/exampleLoader'),
      import('../i18n/glossaryLoader'),
    ]);
  const example = loadedExample('steady-stream')!;
  const store = createKafkaStore({ scenarioId: example.id, scenario: example.scenario, lang: 'en' });
  return { Term, store, KafkaStoreProvider, loader };
}

describe('<Term> before the glossary has loaded', () => {
  it('shows the name at once and fills the tooltip when the definitions arrive', async () => {
    const { Term, store, KafkaStoreProvider, loader } = await freshModules();
    expect(loader.loadedGlossary()).toBeNull();
    const { container } = render(
      <KafkaStoreProvider store={store}>
        <p>
          Records below the <Term id="hw" />.
        </p>
      </KafkaStoreProvider>,
    );
    const term = container.querySelector<HTMLElement>('[data-term="hw"]')!;
    expect(term).toHaveTextContent('HW (high watermark)');
    expect(term).toHaveAttribute('tabindex', '0');
    expect(loader.loadedGlossary()).toBeNull(); // rendering a term does not load the glossary

    act(() => term.focus());
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('HW (high watermark)');
    expect(tip).toHaveTextContent('Loading…');
    const glossary = await loader.loadGlossary();
    expect(await screen.findByText(glossary.hw.definition.en)).toBeInTheDocument();
    expect(screen.getByRole('tooltip')).toHaveTextContent(glossary.hw.definition.en);
  });
});
