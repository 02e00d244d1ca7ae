/** The glossary's definitions for a component, loaded the first time `wanted` is true (null until then). */
import { useEffect, useState } from 'react';
import { loadGlossary, loadedGlossary, type Glossary } from '../i18n/glossaryLoader';

export function useGlossary(wanted: boolean): Glossary | null {
  const [glossary, setGlossary] = useState(loadedGlossary);
  useEffect(() => {
    if (!wanted || glossary) return;
    let live = true;
    // A failed load leaves the tooltip with the term's name only; the next hover or focus retries.
    loadGlossary().then(
      (g) => live && setGlossary(g),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, glossary]);
  return glossary;
}
