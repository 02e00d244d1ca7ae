/** Share a moment as a link, embed it in a page, or save/open the scenario as a JSON file. */
import { useMemo, useState } from 'react';
import { parseScenarioText } from '../scenarios';
import { useT } from '../store/useT';
import { useKafka, useKafkaStoreApi } from '../store/StoreContext';
import { embedSnippet } from './embedSnippet';
import { ExportConfig } from './ExportConfig';
import { Modal } from './Modal';
import { encodeShareHash, pageBase } from './shareHash';

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'scenario'
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // file://, an iframe without permission, an old browser: the text field stays selectable
  }
}

export function ShareDialog() {
  const t = useT();
  const store = useKafkaStoreApi();
  const open = useKafka((s) => s.dialog === 'share');
  const openDialog = useKafka((s) => s.openDialog);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [copied, setCopied] = useState<'link' | 'embed' | 'failed' | null>(null);
  const shared = useMemo(() => {
    if (!open) return null;
    const s = store.getState();
    const scenario = s.recordedScenario();
    const base = pageBase(window.location.href);
    const state = {
      scenario,
      exampleId: s.scenarioId,
      lang: s.lang,
      speed: s.speed,
      selectedProducer: s.selectedProducer,
    };
    return {
      scenario,
      recorded: s.recordedTimes.length,
      link: `${base}${encodeShareHash({ ...state, t: s.snap.now, selectedPartition: s.selectedPartition })}`,
      embed: embedSnippet(
        base,
        encodeShareHash({ ...state, t: 0 }),
        s.lang,
        t('embed.iframeTitle', { name: scenario.name }),
      ),
    };
  }, [open, store, t]);
  if (!open || !shared) return null;

  const close = () => {
    setImportErrors([]);
    setCopied(null);
    openDialog(null);
  };
  const copy = async (what: 'link' | 'embed') => setCopied((await copyText(shared[what])) ? what : 'failed');
  const download = () => {
    const blob = new Blob([JSON.stringify(shared.scenario, null, 2) + '\n'], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${slug(shared.scenario.name)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const importFile = async (file: File) => {
    const result = parseScenarioText(await file.text(), file.name);
    if (!result.ok) return setImportErrors(result.errors.slice(0, 8));
    const s = store.getState();
    s.loadScenario('custom', result.scenario);
    s.notify('info', t('share.imported', { name: result.scenario.name, file: file.name }));
    close();
  };

  return (
    <Modal title={t('share.title')} closeLabel={t('shortcuts.closeButton')} onClose={close} wide>
      <section className="share__section">
        <h3>{t('share.link')}</h3>
        <p className="share__help">{t('share.linkHelp')}</p>
        <div className="share__row">
          <input
            className="share__field"
            readOnly
            value={shared.link}
            aria-label={t('share.link')}
            data-testid="share-link"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="btn btn--primary" onClick={() => void copy('link')} data-autofocus>
            {t('share.copyLink')}
          </button>
        </div>
      </section>
      <section className="share__section">
        <h3>{t('share.embed')}</h3>
        <p className="share__help">{t('share.embedHelp')}</p>
        <div className="share__row">
          <textarea
            className="share__field"
            readOnly
            rows={3}
            value={shared.embed}
            aria-label={t('share.embed')}
            data-testid="embed-code"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="btn" onClick={() => void copy('embed')}>
            {t('share.copyEmbed')}
          </button>
        </div>
      </section>
      <p className="share__status" role="status">
        {copied === 'failed' ? t('share.copyFailed') : copied ? t('share.copied') : ''}
      </p>
      <section className="share__section">
        <h3>{t('share.file')}</h3>
        <p className="share__help">{t('share.recorded', { count: shared.recorded })}</p>
        <div className="share__row">
          <button type="button" className="btn" onClick={download}>
            {t('share.export')}
          </button>
          <label className="btn share__upload">
            {t('share.import')}
            <input
              type="file"
              accept=".json,application/json"
              className="sr-only"
              data-testid="import-file"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void importFile(file);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </div>
        {importErrors.length > 0 && (
          <div role="alert" className="share__errors">
            <p>{t('share.importFailed')}</p>
            <ul>
              {importErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <ExportConfig />
    </Modal>
  );
}
