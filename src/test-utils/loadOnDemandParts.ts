/**
 * Test setup (every Vitest project): loads what the app downloads on demand — every language's catalogue,
 * the glossary's definitions and every example — before the tests run, as main.tsx does before the first
 * render, so tests may render Korean, tooltips and any `?scenario=` at once. The loading itself is tested
 * with fresh modules (views/TermLoading.test.tsx, i18n/lazyCatalogue.test.ts).
 */
import { EXAMPLE_CATALOGUE } from '../scenarios/exampleList';
import { loadExample } from '../scenarios/exampleLoader';
import { loadGlossary } from '../i18n/glossaryLoader';
import { LANGS, loadLang } from '../i18n';

await Promise.all([
  ...LANGS.map(loadLang),
  loadGlossary(),
  ...EXAMPLE_CATALOGUE.map((e) => loadExample(e.id)),
]);
