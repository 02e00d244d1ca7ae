/**
 * The record inspector: a batch's records as bytes (key and value in hex with their sizes), the 61-byte
 * batch header, and its size before and after compression.type.
 */
import {
  RECORD_BATCH_OVERHEAD,
  configValue,
  serializeKey,
  toHex,
  valueBytesOf,
  valueLength,
  type ProducerView,
  type RecordSample,
} from '../../engine';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { shownProducer } from '../../store/producerSelection';
import { useInspectorSelection } from './inspectorSelection';

const MAX_HEX_BYTES = 32;

interface Inspected {
  partition: number;
  count: number;
  bytes: number;
  wireBytes: number;
  codec: string;
  cpuMicros: number | null;
  samples: RecordSample[];
}

function findInspected(producer: ProducerView, selected: ReturnType<typeof useSelected>): Inspected | null {
  if (!selected) return null;
  const codec = String(producer.config['compression.type'] ?? 'none');
  if (selected.where === 'accumulator') {
    const b = producer.batches.find((x) => x.id === selected.batchId);
    if (b) {
      return {
        partition: b.partition,
        count: b.count,
        bytes: b.bytes,
        wireBytes: b.estimatedWireBytes,
        codec,
        cpuMicros: null,
        samples: b.samples,
      };
    }
    const sent = producer.recentSent.find((d) => d.batch === selected.batchId);
    return sent ? fromSent(sent) : null;
  }
  const sent = producer.recentSent.find(
    (d) => d.partition === selected.partition && d.baseSequence === selected.baseSequence,
  );
  return sent && producer.id === selected.producer ? fromSent(sent) : null;
}

function fromSent(d: ProducerView['recentSent'][number]): Inspected {
  return {
    partition: d.partition,
    count: d.count,
    bytes: d.uncompressedBytes,
    wireBytes: d.bytes,
    codec: d.codec,
    cpuMicros: d.cpuMicros,
    samples: d.samples,
  };
}

function useSelected() {
  return useInspectorSelection((s) => s.selected);
}

export function RecordInspector() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const selected = useSelected();
  // Nothing selected: do not re-render with every snapshot.
  const producer = useKafka((s) => (selected ? shownProducer(s) : undefined));
  const hasProducer = useKafka((s) => s.snap.producers.length > 0);
  const select = useInspectorSelection((s) => s.select);
  if (!hasProducer) return null;
  const num = (n: number, digits = 0) => formatNumber(lang, n, digits);
  const inspected = producer ? findInspected(producer, selected) : null;
  const keySerializer =
    (producer ? configValue(producer.config, 'key.serializer') : undefined) ?? 'StringSerializer';
  const valueSerializer =
    (producer ? configValue(producer.config, 'value.serializer') : undefined) ?? 'StringSerializer';
  const records = inspected ? inspected.bytes - RECORD_BATCH_OVERHEAD : 0;
  return (
    <section className="panel inspector" aria-labelledby="inspector-title" data-testid="record-inspector">
      <div className="inspector__head">
        <h2 id="inspector-title">{t('inspector.title')}</h2>
        {selected && (
          <button type="button" onClick={() => select(null)}>
            {t('inspector.close')}
          </button>
        )}
      </div>
      {!selected && <p className="inspector__empty">{t('inspector.empty')}</p>}
      {selected && !inspected && <p className="inspector__empty">{t('inspector.gone')}</p>}
      {inspected && (
        <>
          <p className="inspector__batch">
            {t('inspector.batch', { count: num(inspected.count), p: inspected.partition })}
          </p>
          <ul className="inspector__sizes">
            <li>{t('inspector.header')}</li>
            <li>
              {t('inspector.records', {
                bytes: num(records),
                perRecord: num(records / Math.max(1, inspected.count), 1),
              })}
            </li>
            <li data-testid="inspector-wire">
              {t('inspector.wire', { bytes: num(inspected.wireBytes), codec: inspected.codec })}
            </li>
            {inspected.cpuMicros !== null && inspected.cpuMicros > 0 && (
              <li>{t('inspector.cpu', { us: num(inspected.cpuMicros, 1) })}</li>
            )}
          </ul>
          <p className="inspector__note">
            {t('inspector.sample', { shown: inspected.samples.length, count: num(inspected.count) })}
          </p>
          <table className="inspector__records">
            <tbody>
              {inspected.samples.map((s) => (
                <SampleRows
                  key={s.recordNo}
                  sample={s}
                  keyBytes={s.key === null ? null : serializeKey(keySerializer, s.key)}
                  value={valueBytesOf(
                    valueSerializer,
                    s.recordNo,
                    valueLength(valueSerializer, producer!.workload.valueBytes),
                  )}
                  num={num}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function hexOf(bytes: Uint8Array): string {
  return toHex(bytes.slice(0, MAX_HEX_BYTES), ' ') + (bytes.length > MAX_HEX_BYTES ? ' …' : '');
}

function SampleRows({
  sample,
  keyBytes,
  value,
  num,
}: {
  sample: RecordSample;
  keyBytes: Uint8Array | string | null;
  value: Uint8Array;
  num: (n: number) => string;
}) {
  const t = useT();
  return (
    <>
      <tr>
        <th scope="row">{t('inspector.key')}</th>
        <td className="mono">
          {keyBytes === null || typeof keyBytes === 'string'
            ? t('inspector.nullKey')
            : `“${sample.key}” → ${hexOf(keyBytes)}`}
        </td>
        <td>
          {t('inspector.bytesCount', { count: keyBytes instanceof Uint8Array ? num(keyBytes.length) : 0 })}
        </td>
      </tr>
      <tr className="inspector__value-row">
        <th scope="row">{t('inspector.value')}</th>
        <td className="mono">{hexOf(value)}</td>
        <td>{t('inspector.bytesCount', { count: num(value.length) })}</td>
      </tr>
    </>
  );
}
