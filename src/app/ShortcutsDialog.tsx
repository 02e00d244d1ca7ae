/** The `?` help: every presenter key and what it does. */
import { useT } from '../store/useT';
import type { MessageKey } from '../i18n';
import { useKafka } from '../store/StoreContext';
import { Modal } from './Modal';

const SHORTCUTS: [keys: string[], what: MessageKey][] = [
  [['Space', '.'], 'shortcuts.playPause'],
  [['←'], 'shortcuts.stepBack'],
  [['→'], 'shortcuts.stepForward'],
  [['+', '−'], 'shortcuts.speed'],
  [['N', 'P', 'PageDown', 'PageUp'], 'shortcuts.lessonSteps'],
  [['?'], 'shortcuts.help'],
  [['Esc'], 'shortcuts.close'],
];

export function ShortcutsDialog() {
  const t = useT();
  const open = useKafka((s) => s.dialog === 'shortcuts');
  const openDialog = useKafka((s) => s.openDialog);
  if (!open) return null;
  return (
    <Modal
      title={t('shortcuts.title')}
      closeLabel={t('shortcuts.closeButton')}
      onClose={() => openDialog(null)}
    >
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what} className="shortcuts__row">
            <dt>
              {keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
      <p className="shortcuts__note">{t('shortcuts.note')}</p>
    </Modal>
  );
}
