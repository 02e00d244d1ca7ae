/** "Export config" in the Share dialog: the running settings as a Java, kafka-python or confluent-kafka config. */
import { useMemo, useState } from 'react';
import { versionLabel } from '../i18n/versionLabel';
import type { KafkaVersion } from '../engine';
import { useT } from '../store/useT';
import { useKafkaStoreApi } from '../store/StoreContext';
import { collectSettings, exportConfig, EXPORT_FORMATS, type ExportFormat } from './configExport';

const FILE_NAMES: Record<ExportFormat, string> = {
  properties: 'kafka-client.properties',
  'kafka-python': 'kafka_python_config.py',
  'confluent-kafka': 'confluent_kafka_config.py',
};

/** Rendered while the dialog is open, so it shows the settings of the moment the dialog opened. */
export function ExportConfig() {
  const t = useT();
  const store = useKafkaStoreApi();
  const [format, setFormat] = useState<ExportFormat>('properties');
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  const input = useMemo(() => collectSettings(store.getState().snap), [store]);
  const text = useMemo(() => exportConfig(format, input), [format, input]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed'); // the text area stays selectable
    }
  };
  const download = () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    a.download = FILE_NAMES[format];
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
    <section className="share__section" data-testid="export-config">
      <h3>{t('export.title')}</h3>
      <p className="share__help">
        {t('export.help', { version: versionLabel(input.version as KafkaVersion) })}
      </p>
      <div className="share__row">
        <label>
          {t('export.format')}{' '}
          <select
            value={format}
            onChange={(e) => {
              setFormat(e.currentTarget.value as ExportFormat);
              setStatus(null);
            }}
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`export.format.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn" onClick={() => void copy()}>
          {t('export.copy')}
        </button>
        <button type="button" className="btn" onClick={download}>
          {t('export.download')}
        </button>
      </div>
      <textarea
        className="share__field share__export"
        readOnly
        rows={10}
        value={text}
        aria-label={t('export.text')}
        data-testid="export-text"
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="share__status" role="status">
        {status === 'failed' ? t('share.copyFailed') : status ? t('share.copied') : ''}
      </p>
    </section>
  );
}
