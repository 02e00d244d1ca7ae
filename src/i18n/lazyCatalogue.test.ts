/**
 * The Korean catalogue is its own chunk: until `loadLang('ko')` resolves, translate answers in English and
 * the store's `setLang('ko')` keeps the page in English with `langLoading` set, then switches it whole.
 * Fresh modules, so nothing is preloaded (the test setup loads every language for the other tests).
 */
import { describe, expect, it, vi } from 'vitest';

async function fresh() {
  vi.resetModules();
  const i18n = await import('./index');
  const { createKafkaStore } = await import('../store/kafkaStore');
  const { loadedExample } = await import('../scenarios/exampleLoader');
  const example = loadedExample('steady-stream')!;
  const store = createKafkaStore({ scenarioId: example.id, scenario: example.scenario, lang: 'en' });
  return { i18n, store };
}

describe('the Korean catalogue loads on demand', () => {
  it('translate answers in English until Korean has loaded', async () => {
    const { i18n } = await fresh();
    expect(i18n.isLangLoaded('en')).toBe(true);
    expect(i18n.isLangLoaded('ko')).toBe(false);
    expect(i18n.translate('ko', 'app.language')).toBe('Language');
    await i18n.loadLang('ko');
    expect(i18n.isLangLoaded('ko')).toBe(true);
    expect(i18n.translate('ko', 'app.language')).toBe('언어');
  });

  it('setLang waits for the catalogue, then switches the whole store at once', async () => {
    const { i18n, store } = await fresh();
    store.getState().setLang('ko');
    expect(store.getState().lang).toBe('en');
    expect(store.getState().langLoading).toBe('ko');
    await i18n.loadLang('ko');
    await vi.waitFor(() => expect(store.getState().lang).toBe('ko'));
    expect(store.getState().langLoading).toBeNull();
    // Back to English (always loaded) and to Korean again: both at once now.
    store.getState().setLang('en');
    expect(store.getState().lang).toBe('en');
    store.getState().setLang('ko');
    expect(store.getState().lang).toBe('ko');
  });

  it('a switch back to English while Korean loads wins', async () => {
    const { i18n, store } = await fresh();
    store.getState().setLang('ko');
    store.getState().setLang('en');
    await i18n.loadLang('ko');
    await Promise.resolve();
    expect(store.getState().lang).toBe('en');
    expect(store.getState().langLoading).toBeNull();
  });
});
