import { LANGS, type Lang } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';

const NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' };

/**
 * Switches every string between English and Korean (a radio group of two buttons). Korean downloads on
 * first use: meanwhile the page stays in English and a "Loading…" status shows here.
 */
export function LanguageSwitch() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const setLang = useKafka((s) => s.setLang);
  const loading = useKafka((s) => s.langLoading);
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')} aria-busy={loading !== null}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="btn btn--small"
          aria-pressed={lang === l}
          onClick={() => setLang(l)}
        >
          {NAMES[l]}
        </button>
      ))}
      {loading && (
        <span role="status" className="lang-switch__loading" data-testid="lang-loading">
          {t('app.loading')}
        </span>
      )}
    </div>
  );
}
