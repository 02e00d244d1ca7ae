/**
 * "Why did this key go to that partition?": the key's serialized bytes → murmur2 → toPositive → modulo the
 * partition count, with the producer's own key.serializer (kafka-behaviour.md §2.4).
 */
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { murmur2, serializeKey, toHex, toPositive, type SerializerName } from '../../engine';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { shownProducer } from '../../store/producerSelection';

const MAX_HEX_BYTES = 48;

export function KeyExplainer() {
  const t = useT();
  const id = useId();
  const lang = useKafka((s) => s.lang);
  // Only the settings that change the answer: re-render when they change, not every frame.
  const producer = useKafka(
    useShallow((s) => {
      const config = shownProducer(s)?.config;
      return config
        ? {
            'key.serializer': config['key.serializer'],
            'partitioner.class': config['partitioner.class'],
            'partitioner.ignore.keys': config['partitioner.ignore.keys'],
          }
        : null;
    }),
  );
  const n = useKafka((s) => s.snap.partitions.filter((p) => p.topic === shownProducer(s)?.topic).length);
  const [key, setKey] = useState('user-1');
  if (!producer || n === 0) return null;
  const serializer = (producer['key.serializer'] as SerializerName | undefined) ?? 'StringSerializer';
  const bytes = serializeKey(serializer, key);
  const num = (v: number) => formatNumber(lang, v);
  const note =
    producer['partitioner.class'] === 'RoundRobinPartitioner'
      ? t('explainer.roundRobin')
      : producer['partitioner.ignore.keys'] === true
        ? t('explainer.ignoreKeys')
        : null;
  return (
    <section className="panel explainer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('explainer.title')}</h2>
      <label className="explainer__input">
        <span>{t('explainer.key')}</span>
        <input
          type="text"
          value={key}
          onChange={(e) => setKey(e.currentTarget.value)}
          spellCheck={false}
          data-testid="explainer-key"
        />
      </label>
      <p className="explainer__serializer mono">{t('explainer.serializer', { serializer })}</p>
      {typeof bytes === 'string' ? (
        <p className="explainer__error">{t('explainer.noKey', { message: bytes })}</p>
      ) : (
        <Steps bytes={bytes} n={n} num={num} />
      )}
      {note && <p className="explainer__note">{note}</p>}
    </section>
  );
}

function Steps({ bytes, n, num }: { bytes: Uint8Array; n: number; num: (v: number) => string }) {
  const t = useT();
  const hash = murmur2(bytes);
  const positive = toPositive(hash);
  const partition = positive % n;
  const hex = toHex(bytes.slice(0, MAX_HEX_BYTES), ' ') + (bytes.length > MAX_HEX_BYTES ? ' …' : '');
  return (
    <ol className="explainer__steps">
      <li>
        <span>{t('explainer.bytes', { count: num(bytes.length) })}</span>
        <code>{hex || '—'}</code>
      </li>
      <li>
        <span>{t('explainer.murmur2')}</span>
        <code>{hash}</code>
      </li>
      <li>
        <span>{t('explainer.positive')}</span>
        <code>{positive}</code>
      </li>
      <li>
        <span>{t('explainer.modulo', { n })}</span>
        <code>
          {positive} % {n} = {partition}
        </code>
      </li>
      <li className="explainer__result">
        <span>{t('explainer.partition')}</span>
        <strong data-testid="explainer-partition">P{partition}</strong>
      </li>
    </ol>
  );
}
