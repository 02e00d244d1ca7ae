/**
 * Chooses which producer the pipeline, producer panels and settings show, when the scenario has more
 * than one (nothing is rendered otherwise). A native select: labelled and keyboard-operable as is.
 */
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { shownProducer } from '../store/producerSelection';

export function ProducerPicker() {
  const t = useT();
  const id = useId();
  // Ids and topics only: the picker does not re-render with every snapshot.
  const producers = useKafka(useShallow((s) => s.snap.producers.map((p) => `${p.id}\u0000${p.topic}`)));
  const shown = useKafka((s) => shownProducer(s)?.id);
  const selectProducer = useKafka((s) => s.selectProducer);
  if (producers.length < 2) return null;
  return (
    <div className="picker producer-picker" data-testid="producer-picker">
      <label htmlFor={id}>{t('producerPicker.label')}</label>
      <select
        id={id}
        value={shown}
        aria-describedby={`${id}-help`}
        onChange={(e) => selectProducer(e.currentTarget.value)}
      >
        {producers.map((entry) => {
          const [producerId, topic] = entry.split('\u0000') as [string, string];
          return (
            <option key={producerId} value={producerId}>
              {t('producerPicker.option', { id: producerId, topic })}
            </option>
          );
        })}
      </select>
      <p id={`${id}-help`} className="producer-picker__help">
        {t('producerPicker.help', { n: producers.length })}
      </p>
    </div>
  );
}
