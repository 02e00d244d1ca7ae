/** The header's "Glossary" button: opens the glossary dialog (rendered by GlossaryButtonOnDemand or GlossaryButton). */
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';

export function GlossaryHeaderButton() {
  const t = useT();
  const openDialog = useKafka((s) => s.openDialog);
  return (
    <button
      type="button"
      className="btn btn--small"
      aria-haspopup="dialog"
      onClick={() => openDialog('glossary')}
      data-testid="glossary-button"
    >
      {t('glossary.button')}
    </button>
  );
}
