import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy';

// base './' makes every asset URL relative, so dist/ works from any sub-path (GitHub Pages, a docs site, file://).
// `vite build --mode single` (npm run build:single) inlines everything into dist-single/index.html for classrooms
// without hosting: one file that opens from file://.
const LESSON_ONLY =
  /src\/lessons\/(course\/|index\.ts$)|src\/app\/lesson\/(LessonCard|LessonGoal|LessonPredict|CourseMap)\.tsx$/;

// The built site runs React's API on Preact (preact/compat): about 50 KB less to download before the first
// paint (docs/performance.md, "First load"). `npm run dev` and the Vitest component tests keep React (its
// Fast Refresh needs React); the Playwright suite runs against the build, so it tests what ships.
const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig(({ mode, command }) => ({
  base: './',
  resolve: { alias: command === 'build' ? PREACT_ALIASES : [] },
  plugins: [
    react(),
    ...(mode === 'single' ? [viteSingleFile({ removeViteModuleLoader: true })] : []),
    // Last, so the single-file build's inline blocks are hashed as written.
    contentSecurityPolicy(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    ...(mode === 'single'
      ? { outDir: 'dist-single', emptyOutDir: true }
      : {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // What only a running lesson needs (lessons/courseLoader.ts, App's LessonCard): one chunk.
                // Without the group, Rolldown puts the lazy modules into chunks the first page loads anyway.
                groups: [{ name: 'lessons', test: LESSON_ONLY, includeDependenciesRecursively: false }],
              },
            },
          },
        }),
  },
}));
