/**
 * The record ledger: what happened to records, counted separately (appended, replicated, below HW,
 * acknowledged, failed, lost after ack, duplicated, reordered), error badges named by exception, and a
 * "what happened to record #n" explanation.
 */
import { useState } from 'react';
import type { RecordTotals } from '../../engine';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { shownProducer } from '../../store/producerSelection';
import { RecordExplainer } from './RecordExplainer';
import type { TermId } from '../../i18n/glossary';
import { Term } from '../Term';

const COUNTERS: (keyof RecordTotals)[] = [
  'appended',
  'replicated',
  'belowHw',
  'acked',
  'failed',
  'lostAfterAck',
  'duplicated',
  'reordered',
];
/** Each counter's definition, one hover away (i18n/glossaryLedger.ts and the broker terms). */
const TERMS: Partial<Record<keyof RecordTotals, TermId>> = {
  appended: 'ledgerAppended',
  replicated: 'ledgerReplicated',
  belowHw: 'ledgerBelowHw',
  acked: 'ledgerAcked',
  failed: 'ledgerFailed',
};
const ALARMING = new Set<keyof RecordTotals>(['failed', 'lostAfterAck', 'duplicated', 'reordered']);

export function RecordLedger() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const records = useKafka((s) => s.snap.records);
  const errors = useKafka((s) => shownProducer(s)?.stats.errors);
  const attempts = useKafka((s) => shownProducer(s)?.attemptErrors);
  // A follower whose own log is ahead of what its leader has learned: "replicated" is behind its LEO.
  const behind = useKafka((s) =>
    s.snap.partitions.some((p) =>
      p.replication.replicaViews.some(
        (r) => !r.isLeader && r.leaderKnownEnd >= 0 && r.leaderKnownEnd < r.logEndOffset,
      ),
    ),
  );
  const [open, setOpen] = useState(false);
  // Failed attempts (retried or not) and records that failed for good, by exception name.
  const names = [...new Set([...Object.keys(attempts ?? {}), ...Object.keys(errors ?? {})])].sort();
  return (
    <div className="ledger">
      <h3 className="ledger__title">{t('repl.ledger')}</h3>
      <dl className="ledger__counters">
        {COUNTERS.map((k) => (
          <div
            key={k}
            className={`ledger__counter${ALARMING.has(k) && records[k] > 0 ? ' ledger__counter--alarm' : ''}`}
            data-testid={`ledger-${k}`}
          >
            <dt>{TERMS[k] ? <Term id={TERMS[k]}>{t(`repl.count.${k}`)}</Term> : t(`repl.count.${k}`)}</dt>
            <dd>{formatNumber(lang, records[k])}</dd>
          </div>
        ))}
      </dl>
      {behind && (
        <p className="ledger__why" data-testid="ledger-why">
          {t('ledger.why')}
        </p>
      )}
      {names.length > 0 && (
        <ul className="ledger__errors" aria-label={t('repl.errors')}>
          {names.map((name) => (
            <li key={name} className="error-badge" data-testid="error-badge">
              <span aria-hidden="true">⚠</span> {name}
              {attempts?.[name] ? ` · ${t('repl.attempts', { n: attempts[name] })}` : ''}
              {errors?.[name] ? ` · ${t('repl.failedRecords', { n: errors[name] })}` : ''}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn btn--small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('repl.explain.open')}
      </button>
      {open && <RecordExplainer />}
    </div>
  );
}
