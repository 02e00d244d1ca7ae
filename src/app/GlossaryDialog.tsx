/** The header's "Glossary" button and its dialog: every Kafka term, alphabetically, with a filter box. */
import { useId, useState } from 'react';
import { GLOSSARY, sortedTermIds, type TermId } from '../i18n/glossary';
import type { Lang } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { GlossaryHeaderButton } from './GlossaryHeaderButton';
import { Modal } from './Modal';

/** Term ids whose name (in either language) or definition (in `lang`) contains `query`, sorted by name. */
export function filterGlossary(query: string, lang: Lang): TermId[] {
  const q = query.trim().toLocaleLowerCase();
  return sortedTermIds(lang).filter((id) => {
    if (!q) return true;
    const e = GLOSSARY[id];
    return [e.term.en, e.term.ko, e.definition[lang]].some((s) => s.toLocaleLowerCase().includes(q));
  });
}

export function GlossaryDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const [query, setQuery] = useState('');
  const inputId = useId();
  const ids = filterGlossary(query, lang);
  return (
    <Modal title={t('glossary.title')} closeLabel={t('glossary.close')} onClose={onClose} wide>
      <div className="glossary__filter">
        <label htmlFor={inputId}>{t('glossary.filter')}</label>
        <input
          id={inputId}
          type="search"
          data-autofocus
          value={query}
          placeholder={t('glossary.filterHint')}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="glossary-filter"
        />
      </div>
      <p className="glossary__count" aria-live="polite">
        {ids.length === 0
          ? t('glossary.none', { q: query.trim() })
          : t('glossary.count', { n: ids.length, total: Object.keys(GLOSSARY).length })}
      </p>
      <dl className="glossary__list" data-testid="glossary-list">
        {ids.map((id) => {
          const e = GLOSSARY[id];
          return (
            <div key={id} className="glossary__entry" data-term={id}>
              <dt>{e.term[lang]}</dt>
              <dd>
                {e.definition[lang]}
                {e.seeAlso && e.seeAlso.length > 0 && (
                  <span className="glossary__see">
                    {t('glossary.seeAlso', {
                      terms: e.seeAlso.map((s) => GLOSSARY[s].term[lang]).join(', '),
                    })}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </Modal>
  );
}

/** The header button and the dialog while the store's `dialog` is 'glossary' (the app loads it: OnDemand.tsx). */
export function GlossaryButton() {
  const open = useKafka((s) => s.dialog === 'glossary');
  const openDialog = useKafka((s) => s.openDialog);
  return (
    <>
      <GlossaryHeaderButton />
      {open && <GlossaryDialog onClose={() => openDialog(null)} />}
    </>
  );
}
