import { LANGS, type Lang } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';

const NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' };

/** Switches every string between English and Korean (a radio group of two buttons). */
export function LanguageSwitch() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const setLang = useKafka((s) => s.setLang);
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
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
    </div>
  );
}
