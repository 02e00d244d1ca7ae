/**
 * The lint config defends the dependency arrow (eslint/layers.js): each layer's forbidden imports and
 * an import cycle fail `npm run lint`. Deliberate violations are linted as virtual file contents
 * (ESLint's lintText with a path inside the layer), so nothing wrong is ever written to src/.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

// [layer file, an import the arrow forbids there, an import it allows]
const CASES: [string, string, string][] = [
  ['src/engine/zz.ts', '../store/StoreContext', './simulation'],
  ['src/engine/zz.ts', '../i18n', './simulation'],
  ['src/i18n/zz.ts', '../engine', './en'],
  ['src/scenarios/zz.ts', '../store/StoreContext', '../engine'],
  ['src/narration/zz.ts', '../lessons', '../i18n'],
  ['src/lessons/zz.ts', '../narration/narrate', '../scenarios'],
  ['src/store/zz.ts', '../views/Term', '../narration'],
  ['src/views/zz.ts', '../controls/Icon', '../store/useT'],
  ['src/controls/zz.ts', '../views/Term', '../store/useT'],
  ['src/controls/zz.ts', '../app/Modal', '../i18n'],
  ['src/cli/zz.ts', '../i18n', '../scenarios'],
  ['src/cli/zz.ts', '../store/kafkaStore', '../engine'],
];

describe('lint: the dependency arrow', () => {
  it.each(CASES)('%s may not import %s but may import %s', async (file, forbidden, allowed) => {
    const use = (from: string) => `import * as m from '${from}';\nexport const used = m;\n`;
    expect(await ruleIds(file, use(forbidden))).toContain('import-x/no-restricted-paths');
    expect(await ruleIds(file, use(allowed))).not.toContain('import-x/no-restricted-paths');
  });

  it('the app may import any layer', async () => {
    const code =
      "import * as v from '../views/Term';\nimport * as c from '../controls/Icon';\nexport const used = [v, c];\n";
    expect(await ruleIds('src/app/zz.tsx', code)).toEqual([]);
  });

  it('tests are exempt from the layer rules (a view test may render the app composition)', async () => {
    const code = "import * as a from '../app/Modal';\nexport const used = a;\n";
    expect(await ruleIds('src/views/zz.test.tsx', code)).not.toContain('import-x/no-restricted-paths');
  });
});

describe('lint: import cycles', () => {
  it('fails when a module imports one that imports it back', async () => {
    // random/prng.ts is imported (via simulation.ts) by the engine; importing simulation from it closes a loop.
    const code = "import { advance } from '../simulation';\nexport const used = advance;\n";
    expect(await ruleIds('src/engine/random/prng.ts', code)).toContain('import-x/no-cycle');
  });

  it('passes on the real file', async () => {
    const [result] = await eslint.lintFiles(['src/engine/random/prng.ts']);
    expect(result!.messages).toEqual([]);
  });
});
