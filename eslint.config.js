import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { TEST_FILES, layerZones } from './eslint/layers.js';

const wallClockAndRandomness = [
  {
    object: 'Math',
    property: 'random',
    message: 'The engine is deterministic: use the seeded PRNG in src/engine/random.',
  },
  { object: 'Date', property: 'now', message: 'The engine runs on a virtual clock: read sim.now instead.' },
  {
    object: 'performance',
    property: 'now',
    message: 'The engine runs on a virtual clock: read sim.now instead.',
  },
];

// import-x reads TypeScript sources (to follow imports for the cycle check) and resolves relative paths.
const importSettings = {
  'import-x/extensions': ['.ts', '.tsx'],
  'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
  'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // The engine is pure: no UI libraries, no DOM, no wall clock, no unseeded randomness.
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-properties': ['error', ...wallClockAndRandomness],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'requestAnimationFrame',
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'The engine must not import React.' },
            { group: ['d3', 'd3-*'], message: 'D3 belongs in src/views only.' },
            {
              group: ['zustand', 'zustand/*'],
              message: 'The store wraps the engine, not the other way round.',
            },
            { group: ['framer-motion', 'motion'], message: 'Animation belongs in views.' },
            {
              group: ['**/store/**', '**/views/**', '**/controls/**', '**/app/**'],
              message: 'engine ← store ← views: no imports upwards.',
            },
          ],
        },
      ],
    },
  },
  // Lessons are data and pure logic over the engine's read model: no UI, no store.
  {
    files: ['src/lessons/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'zustand', 'zustand/*', 'd3', 'd3-*'],
              message: 'Lessons are UI-free data.',
            },
            {
              group: ['**/store/**', '**/views/**', '**/controls/**', '**/app/**'],
              message: 'engine ← scenarios ← lessons ← store: no imports upwards.',
            },
          ],
        },
      ],
    },
  },
  // Narration is pure: engine events in, message keys out (no UI, no store).
  {
    files: ['src/narration/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'd3', 'd3-*', 'zustand', 'zustand/*'],
              message: 'Narration is pure TypeScript.',
            },
            {
              group: ['**/store/**', '**/views/**', '**/controls/**', '**/app/**'],
              message: 'engine ← narration ← store: no imports upwards.',
            },
          ],
        },
      ],
    },
  },
  // The dependency arrow for every layer (eslint/layers.js), and no import cycle anywhere in src/.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: importSettings,
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: TEST_FILES,
    plugins: { 'import-x': importX },
    settings: importSettings,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones() }] },
  },
  // D3 stays inside views.
  {
    files: ['src/store/**', 'src/controls/**', 'src/app/**', 'src/scenarios/**', 'src/cli/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['d3', 'd3-*'], message: 'D3 is imported only under src/views.' }] },
      ],
    },
  },
);
