/**
 * "What just happened": the narration log as a list of sentences, newest first. Each sentence is a
 * button that travels back to its moment (and pauses). Sentences are translated here, when shown, so
 * switching language re-translates the whole feed. No live region: the feed changes too often to be
 * read aloud; the playback bar announces what a step did instead.
 */
import { useId, useMemo, useState } from 'react';
import { formatNumber, translate } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';

/** How many sentences the feed renders at most (the log keeps more). */
const SHOWN = 120;

export function NarrationFeed() {
  const t = useT();
  const titleId = useId();
  const lang = useKafka((s) => s.lang);
  const entries = useKafka((s) => s.narration);
  const seek = useKafka((s) => s.seek);
  const pause = useKafka((s) => s.pause);
  const [keyOnly, setKeyOnly] = useState(true);
  const shown = useMemo(() => {
    const picked = keyOnly ? entries.filter((e) => e.importance === 'key') : entries;
    return picked.slice(-SHOWN).reverse();
  }, [entries, keyOnly]);
  return (
    <section className="panel narration" aria-labelledby={titleId} data-testid="narration">
      <div className="narration__head">
        <h2 id={titleId}>{t('narr.title')}</h2>
        <label className="narration__filter">
          <input type="checkbox" checked={keyOnly} onChange={(e) => setKeyOnly(e.currentTarget.checked)} />
          {t('narr.keyOnly')}
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="narration__empty">{t('narr.empty')}</p>
      ) : (
        <ol className="narration__list">
          {shown.map((e, i) => (
            <li key={`${e.at}-${e.kind}-${shown.length - i}`}>
              <button
                type="button"
                className={`narration__entry narration__entry--${e.importance}`}
                title={t('narr.seekHint')}
                onClick={() => {
                  pause();
                  seek(e.at);
                }}
              >
                <span className="narration__time">
                  {t('narr.time', { t: formatNumber(lang, e.at / 1000, 3) })}
                </span>{' '}
                <span className="narration__text">{translate(lang, e.key, e.params)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
