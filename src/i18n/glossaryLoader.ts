/**
 * The glossary's definitions are their own chunk (~10 KB gzipped): loaded by a term's first tooltip or the
 * glossary dialog, never by the first view. The names are in glossaryNames.ts (first download).
 */
import type { GlossaryEntry, TermId } from './glossaryTypes';

export type Glossary = Record<TermId, GlossaryEntry>;

let loaded: Glossary | null = null;
let loading: Promise<Glossary> | null = null;

/** Loads the definitions once; a failed load may be retried. */
export function loadGlossary(): Promise<Glossary> {
  loading ??= import('./glossary').then(
    (m) => (loaded = m.GLOSSARY),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The definitions if loaded, else null. */
export function loadedGlossary(): Glossary | null {
  return loaded;
}
