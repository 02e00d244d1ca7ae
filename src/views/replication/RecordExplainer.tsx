/** "What happened to record #n?": pick a partition and a record (the producer's sequence number) and read its story. */
import { useId, useState } from 'react';
import { explainRecord } from '../../engine';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { shownProducer } from '../../store/producerSelection';

export function RecordExplainer() {
  const t = useT();
  const id = useId();
  const snap = useKafka((s) => s.snap);
  const producer = useKafka(shownProducer);
  const partitions = snap.partitions.filter((p) => p.topic === producer?.topic).length;
  const [partition, setPartition] = useState(0);
  const [sequence, setSequence] = useState(0);
  const story = explainRecord(snap, partition, sequence, producer?.id);
  const lines: string[] = [];
  if (story) {
    lines.push(t(`repl.story.${story.status}`, { attempts: story.attempts, error: story.error ?? '' }));
    if (story.offsets.length > 0) lines.push(t('repl.story.offsets', { offsets: story.offsets.join(', ') }));
    if (story.offsets.length > 1) lines.push(t('repl.story.duplicated'));
    if (story.reordered) lines.push(t('repl.story.reordered'));
    if (story.status === 'inLog') {
      lines.push(t('repl.story.brokers', { brokers: story.onBrokers.join(', ') || '—' }));
      lines.push(t(story.belowHw ? 'repl.story.belowHw' : 'repl.story.aboveHw'));
      lines.push(t(story.acked ? 'repl.story.acked' : 'repl.story.notAcked'));
    }
  }
  return (
    <div className="explainer">
      <div className="explainer__inputs">
        <label htmlFor={`${id}-p`}>{t('repl.explain.partition')}</label>
        <input
          id={`${id}-p`}
          type="number"
          min={0}
          max={Math.max(0, partitions - 1)}
          value={partition}
          onChange={(e) =>
            setPartition(Math.max(0, Math.min(partitions - 1, Number(e.currentTarget.value) || 0)))
          }
        />
        <label htmlFor={`${id}-n`}>{t('repl.explain.record')}</label>
        <input
          id={`${id}-n`}
          type="number"
          min={0}
          value={sequence}
          onChange={(e) => setSequence(Math.max(0, Math.floor(Number(e.currentTarget.value) || 0)))}
        />
      </div>
      <ul className="explainer__story" aria-live="polite" data-testid="record-story">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </div>
  );
}
