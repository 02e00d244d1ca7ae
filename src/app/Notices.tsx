import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { noticeText } from '../store/noticeText';

/**
 * Transient messages (errors from bad input, explanations of what an action did). Text only, never HTML.
 * The entry is a CSS animation (`.notice` in app.css, off under prefers-reduced-motion): framer-motion
 * for one fade cost ~35 KB gzipped of first-load JavaScript.
 */
export function Notices() {
  const t = useT();
  const notices = useKafka((s) => s.notices);
  // Notices keep keys and parameters: a language switch re-translates the ones on screen.
  const lang = useKafka((s) => s.lang);
  const dismiss = useKafka((s) => s.dismissNotice);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span aria-hidden="true">{n.kind === 'error' ? '⚠' : 'ℹ'}</span>
          <span>{noticeText(lang, n.content)}</span>
          <button type="button" className="btn btn--small" onClick={() => dismiss(n.id)}>
            {t('app.notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
