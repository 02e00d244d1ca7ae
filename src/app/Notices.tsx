import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';

/**
 * Transient messages (errors from bad input, explanations of what an action did). Text only, never HTML.
 * The entry is a CSS animation (`.notice` in app.css, off under prefers-reduced-motion): framer-motion
 * for one fade cost ~35 KB gzipped of first-load JavaScript.
 */
export function Notices() {
  const t = useT();
  const notices = useKafka((s) => s.notices);
  const dismiss = useKafka((s) => s.dismissNotice);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span aria-hidden="true">{n.kind === 'error' ? '⚠' : 'ℹ'}</span>
          <span>{n.text}</span>
          <button type="button" className="btn btn--small" onClick={() => dismiss(n.id)}>
            {t('app.notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
