import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy';

// base './' makes every asset URL relative, so dist/ works from any sub-path (GitHub Pages, a docs site, file://).
// `vite build --mode single` (npm run build:single) inlines everything into dist-single/index.html for classrooms
// without hosting: one file that opens from file://.
const LESSON_ONLY =
  /src\/lessons\/(course\/|index\.ts$)|src\/app\/lesson\/(LessonCard|LessonGoal|LessonPredict|CourseMap)\.tsx$/;

export default defineConfig(({ mode }) => ({
  base: './',
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
