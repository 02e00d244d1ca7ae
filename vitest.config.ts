import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The test files that simulate minutes of traffic, many seeds or a whole course (measured with
 * `npx vitest run --reporter=json`: the ten simulation files took ~45 % of the unit suite's time). They run in the
 * `slow` project: `npm test` and CI run every project, `npm run test:unit` only the fast ones, so the
 * quick feedback loop stays short without dropping any test.
 */
const SLOW = [
  'src/engine/consumer/liveness.test.ts',
  'src/engine/consumer/fetchErrors.test.ts',
  'src/engine/broker/properties.test.ts',
  'src/engine/consumer/groupProperties.test.ts',
  'src/engine/timeline/timeline.test.ts',
  'src/engine/producer/tests/idempotence.engine.test.ts',
  'src/engine/simulation.test.ts',
  'src/store/kafkaStore.test.ts',
  'src/store/timeTravel.test.ts',
  'src/lessons/course.test.ts',
  'src/architecture.test.ts',
  // A second 1000-sequence fuzz seed (fuzz.test.ts keeps the first in the fast loop).
  'src/engine/invariants/fuzzSecondSeed.test.ts',
];
// ConsumerProtocolPanel renders the whole group panel through 60 small steps: ~⅓ of the ui project's time.
const SLOW_UI = ['src/views/group/GroupCard.test.tsx', 'src/views/group/ConsumerProtocolPanel.test.tsx'];

/**
 * Files that replace a module with `vi.mock`. The fast projects share one module graph per worker
 * (`isolate: false`: measured, importing the engine and React afresh for every file was over half of the
 * unit suite's time), where a mock would leak into, or miss, modules other files already loaded; these
 * run isolated in `engine-isolated` / `ui-isolated`.
 */
const MOCKS = ['src/app/shareLinkLimits.test.ts', 'src/i18n/lazyCatalogue.test.ts'];
const MOCKS_UI = [
  'src/views/PipelineRow.test.tsx',
  'src/views/replication/ReplicationRenders.test.tsx',
  'src/views/TermLoading.test.tsx',
];
// (The last of each resets the module registry to see the app before its on-demand parts have loaded.)

// A file that mocks a module but runs in the shared graph gets its mock only when it loads first (a
// render-count test failed 2 runs in 3 that way): refuse to start until it is listed above.
const unlistedMocks = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((file) => `src/${file.replaceAll('\\', '/')}`)
  .filter((file) => /\.test\.tsx?$/.test(file) && /\bvi\.(mock|doMock)\(/.test(readFileSync(file, 'utf8')))
  .filter((file) => ![...MOCKS, ...MOCKS_UI].includes(file));
if (unlistedMocks.length > 0)
  throw new Error(
    `vitest.config.ts: add ${unlistedMocks.join(', ')} to MOCKS or MOCKS_UI (they use vi.mock)`,
  );

// Every project first loads what the app downloads on demand (Korean, glossary definitions, examples).
const ON_DEMAND = './src/test-utils/loadOnDemandParts.ts';

// Projects: the engine, scenarios and CLI run in plain Node (as the CLI does); React components run
// in jsdom; `slow` and `slow-ui` hold the long-running files of each (see SLOW).
export default defineConfig({
  plugins: [react()],
  test: {
    // Generous: tests assert behaviour in simulated time; a busy 2-core CI machine must not fail them.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          globals: true,
          environment: 'node',
          setupFiles: [ON_DEMAND],
          include: ['src/**/*.test.ts'],
          exclude: [...SLOW, ...MOCKS],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'engine-isolated',
          globals: true,
          environment: 'node',
          setupFiles: [ON_DEMAND],
          include: MOCKS,
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          globals: true,
          environment: 'node',
          setupFiles: [ON_DEMAND],
          include: SLOW,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          globals: true,
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          exclude: [...SLOW_UI, ...MOCKS_UI],
          setupFiles: [ON_DEMAND, './src/test-setup.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui-isolated',
          globals: true,
          environment: 'jsdom',
          include: MOCKS_UI,
          setupFiles: [ON_DEMAND, './src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'slow-ui',
          globals: true,
          environment: 'jsdom',
          include: SLOW_UI,
          setupFiles: [ON_DEMAND, './src/test-setup.ts'],
        },
      },
    ],
  },
});
