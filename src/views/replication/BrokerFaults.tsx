/**
 * Fault tools for one running broker (issue 4, "failures as actions from the UI"): slow its follower
 * fetches, cut it off from the other brokers, or lose its next produce response. Each is an ordinary
 * engine action, so it is recorded on the timeline and replays in share links like any intervention.
 */
import type { Action, BrokerView } from '../../engine';
import { useT } from '../../store/useT';

/** Fetch delays offered: healthy, slow but still caught up, and slow enough to drift behind a busy leader. */
export const FETCH_DELAYS_MS = [0, 300, 1000, 5000] as const;

interface Props {
  broker: Pick<BrokerView, 'id' | 'alive' | 'isolated' | 'fetchDelayMs' | 'dropResponses'>;
  act: (action: Action) => void;
}

export function BrokerFaults({ broker, act }: Props) {
  const t = useT();
  if (!broker.alive) return null;
  const id = broker.id;
  const delays: number[] = FETCH_DELAYS_MS.includes(broker.fetchDelayMs as (typeof FETCH_DELAYS_MS)[number])
    ? [...FETCH_DELAYS_MS]
    : [...FETCH_DELAYS_MS, broker.fetchDelayMs].sort((a, b) => a - b);
  return (
    <div className="broker__faults" role="group" aria-label={t('repl.faults.group', { id })}>
      <label className="broker__fault-delay">
        <span>{t('repl.faults.delay')}</span>
        <select
          aria-label={t('repl.faults.delayName', { id })}
          value={broker.fetchDelayMs}
          onChange={(e) => act({ action: 'slowFollower', broker: id, fetchDelayMs: Number(e.target.value) })}
        >
          {delays.map((ms) => (
            <option key={ms} value={ms}>
              {ms === 0 ? t('repl.faults.healthy') : t('repl.faults.plusMs', { ms })}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="btn btn--small"
        aria-pressed={broker.isolated}
        aria-label={t('repl.faults.isolateName', { id })}
        onClick={() => act({ action: 'isolateBroker', broker: id, isolated: !broker.isolated })}
      >
        {broker.isolated ? t('repl.faults.heal') : t('repl.faults.isolate')}
      </button>
      <button
        type="button"
        className="btn btn--small"
        aria-label={t('repl.faults.dropName', { id })}
        onClick={() => act({ action: 'dropProduceResponse', broker: id, count: 1 })}
      >
        {t('repl.faults.drop')}
        {broker.dropResponses > 0 && ` (${t('repl.faults.pending', { n: broker.dropResponses })})`}
      </button>
    </div>
  );
}
