/**
 * The dependency arrow, as data (docs/CONTEXT.md "Dependency rules"):
 *
 *   engine ← scenarios ← lessons ← store ← views, controls ← app     engine ← narration ← store
 *   i18n is a leaf (imports nothing from src/) that every layer above the engine may use;
 *   cli uses only engine and scenarios. Hooks that read the store live in store/ (e.g. useT).
 *
 * Each layer lists the layers it may import. Test files and test-only helpers are exempt (a test may
 * build a store around an engine fixture); import cycles are checked everywhere in src/.
 */
export const LAYERS = {
  engine: [],
  i18n: [],
  scenarios: ['engine', 'i18n'],
  narration: ['engine', 'i18n'],
  lessons: ['engine', 'scenarios', 'i18n'],
  store: ['engine', 'scenarios', 'lessons', 'narration', 'i18n'],
  views: ['engine', 'scenarios', 'lessons', 'narration', 'i18n', 'store', 'styles'],
  controls: ['engine', 'scenarios', 'lessons', 'narration', 'i18n', 'store', 'styles'],
  app: ['engine', 'scenarios', 'lessons', 'narration', 'i18n', 'store', 'styles', 'views', 'controls'],
  cli: ['engine', 'scenarios'],
};

const ALL = [...Object.keys(LAYERS), 'styles', 'test-utils'];

/** Files the layer rules skip: tests and the helpers only tests import. */
export const TEST_FILES = [
  'src/**/*.test.ts',
  'src/**/*.test.tsx',
  'src/**/*.test-support.ts',
  'src/test-utils/**',
  'src/test-setup.ts',
  'src/engine/testing/**',
  'src/engine/producer/tests/**',
];

/** `import-x/no-restricted-paths` zones: for every layer, every layer it may not import. */
export function layerZones() {
  const zones = [];
  for (const [layer, allowed] of Object.entries(LAYERS)) {
    const forbidden = ALL.filter((other) => other !== layer && !allowed.includes(other));
    if (forbidden.length === 0) continue;
    zones.push({
      target: `./src/${layer}`,
      from: forbidden.map((other) => `./src/${other}`),
      message: `${layer} may import only ${allowed.length ? allowed.join(', ') : 'itself'} (docs/CONTEXT.md, dependency rules).`,
    });
  }
  return zones;
}
