/** Small helpers of the store: the first moment of a run, and the notice a fork shows. */
import { advance, createSimulation, type DiscardedFuture, type Scenario, type SimState } from '../engine';
import { formatNumber, translate, type Lang } from '../i18n';
import type { NarrationLog } from './narrationLog';

export function forkMessage(lang: Lang, fork: DiscardedFuture): string {
  const seconds = (ms: number) => formatNumber(lang, ms / 1000, 1);
  return translate(lang, 'timeline.forked', {
    from: seconds(fork.fromMs),
    to: seconds(fork.toMs),
    count: fork.interventions,
  });
}

/**
 * A new simulation with everything due at t = 0 already done, so settings a scenario (or a shared link)
 * changes at 0 ms show before the first frame instead of after Play. The same tasks run in the same
 * order as they would in the first frame, so runs stay identical to the CLI's. The narration log
 * starts afresh with what happened at t = 0 (saved as the state of the checkpoint at 0).
 */
export function startAtZero(scenario: Scenario, log: NarrationLog): SimState {
  const sim = createSimulation(scenario);
  log.reset();
  log.append(advance(sim, 0), sim);
  log.mark(0);
  return sim;
}
