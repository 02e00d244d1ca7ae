import { act, render, screen } from '@testing-library/react';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../scenarios';
import { KafkaStoreProvider } from '../store/StoreContext';
import { App } from './App';
import { storeFromUrl } from './bootstrap';
import { EmbedApp } from './EmbedApp';
import { embedSnippet } from './embedSnippet';
import { decodeShareHash, encodeShareHash } from './shareLink';
import { readUrlOptions } from './urlState';

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

function renderFromUrl(search: string, hash: string, embed = false) {
  const options = readUrlOptions(search, ['en'], decodeShareHash(hash));
  const store = storeFromUrl(options);
  const view = render(
    <KafkaStoreProvider store={store}>
      {embed && options.embed ? <EmbedApp embed={options.embed} /> : <App />}
    </KafkaStoreProvider>,
  );
  return { store, view };
}

function expectNoInjectedMarkup(container: HTMLElement) {
  expect(container.querySelector('img, script, iframe, object')).toBeNull();
  expect(document.querySelector('script')).toBeNull();
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
}

describe('nothing from the URL reaches the DOM as markup', () => {
  it('a shared scenario whose name and description are markup shows them as text', () => {
    const scenario = { ...EXAMPLES[0]!.scenario, name: MARKUP, description: { en: MARKUP } };
    const { view } = renderFromUrl('', encodeShareHash({ scenario, t: 500 }));
    expectNoInjectedMarkup(view.container);
    expect(screen.getByText(MARKUP, { selector: 'p' })).toBeInTheDocument();
  });

  it('an invalid shared scenario with markup in its field names is reported as text', () => {
    const hash = `#s=${compressToEncodedURIComponent(JSON.stringify({ v: 1, scenario: { ...EXAMPLES[0]!.scenario, [MARKUP]: 1 } }))}`;
    const { view } = renderFromUrl('', hash);
    expectNoInjectedMarkup(view.container);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('shared link could not be read');
    expect(alert.textContent).toContain('<img src=x');
  });

  it('an unknown ?scenario= with markup is reported as text', () => {
    const { view } = renderFromUrl(`?scenario=${encodeURIComponent(MARKUP)}`, '');
    expectNoInjectedMarkup(view.container);
    expect(screen.getByRole('alert').textContent).toContain('<img src=x');
  });

  it('embed mode with a hostile name keeps it text, and the embed code escapes it', () => {
    const scenario = { ...EXAMPLES[1]!.scenario, name: `"><script>alert(1)</script>` };
    const hash = encodeShareHash({ scenario, t: 0 });
    const { view } = renderFromUrl('?embed&readonly', hash, true);
    expectNoInjectedMarkup(view.container);
    expect(screen.getByText(scenario.name)).toBeInTheDocument();
    // The <iframe> snippet: one element, the name intact in its title, no script.
    const snippet = embedSnippet('https://example.org/scope/', hash, 'en', `KafkaScope: ${scenario.name}`);
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    expect(doc.querySelectorAll('iframe')).toHaveLength(1);
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('iframe')!.title).toBe(`KafkaScope: ${scenario.name}`);
    expect(doc.querySelector('iframe')!.getAttribute('src')).toBe(
      `https://example.org/scope/?embed&autoplay&loop&readonly&lang=en${hash}`,
    );
  });

  it('read-only embeds refuse interventions', () => {
    const { store } = renderFromUrl('?embed&readonly', '', true);
    let ok = true;
    act(() => {
      ok = store
        .getState()
        .act({ action: 'setProducerConfig', producer: 'producer-1', key: 'linger.ms', value: 50 });
    });
    expect(ok).toBe(false);
    expect(store.getState().snap.producers[0]!.config['linger.ms']).toBe(5);
  });
});
