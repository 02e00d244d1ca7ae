/**
 * Restart never silently discards the learner's (or teacher's) recorded changes: with changes recorded,
 * the Restart button asks whether to keep them (they play again at their times) or discard them.
 */
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { Modal } from './Modal';

export function RestartDialog() {
  const t = useT();
  const open = useKafka((s) => s.dialog === 'restart');
  const count = useKafka((s) => s.recordedTimes.length);
  const openDialog = useKafka((s) => s.openDialog);
  const restart = useKafka((s) => s.restart);
  const seek = useKafka((s) => s.seek);
  const pause = useKafka((s) => s.pause);
  if (!open) return null;
  const close = () => openDialog(null);
  return (
    <Modal title={t('restart.title')} closeLabel={t('restart.cancel')} onClose={close}>
      <p>{t('restart.body', { count })}</p>
      <div className="restart__choices">
        <button
          type="button"
          className="btn btn--primary"
          data-autofocus
          onClick={() => {
            close();
            pause();
            seek(0);
          }}
        >
          {t('restart.keep')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            close();
            restart();
          }}
        >
          {t('restart.discard')}
        </button>
      </div>
    </Modal>
  );
}
