// LazyMotion + `m` loads only the DOM animation features (about a third of framer-motion's size).
import { AnimatePresence, LazyMotion, domAnimation, m } from 'framer-motion';
import { useT } from '../i18n/useT';
import { useKafka } from '../store/StoreContext';
import { noticeText } from '../store/noticeText';

/** Transient messages (errors from bad input, explanations of what an action did). Text only, never HTML. */
export function Notices() {
  const t = useT();
  const notices = useKafka((s) => s.notices);
  // Notices keep keys and parameters: a language switch re-translates the ones on screen.
  const lang = useKafka((s) => s.lang);
  const dismiss = useKafka((s) => s.dismissNotice);
  return (
    <div className="notices" aria-live="polite">
      <LazyMotion features={domAnimation} strict>
        <AnimatePresence initial={false}>
          {notices.map((n) => (
            <m.div
              key={n.id}
              className={`notice notice--${n.kind}`}
              role={n.kind === 'error' ? 'alert' : 'status'}
              initial={{ opacity: 0, y: 8 }}
              animate={{ opacity: 1, y: 0 }}
              exit={{ opacity: 0 }}
            >
              <span aria-hidden="true">{n.kind === 'error' ? '⚠' : 'ℹ'}</span>
              <span>{noticeText(lang, n.content)}</span>
              <button type="button" className="btn btn--small" onClick={() => dismiss(n.id)}>
                {t('app.notice.dismiss')}
              </button>
            </m.div>
          ))}
        </AnimatePresence>
      </LazyMotion>
    </div>
  );
}
