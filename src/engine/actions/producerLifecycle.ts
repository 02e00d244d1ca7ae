/** The producer lifecycle actions (flush, close, close(timeout), kill), applied through the one action path. */
import type { Step } from '../core/step';
import { closeProducer, flushProducer, killProducer } from '../producer/lifecycle';
import type { Action } from './types';
import { ActionError } from './actionError';

type LifecycleAction = Extract<Action, { action: 'flushProducer' | 'closeProducer' | 'killProducer' }>;

/** Applies a lifecycle action; throws ActionError for an unknown producer or a bad timeout. */
export function applyLifecycleAction(step: Step, action: LifecycleAction): void {
  const p = step.sim.producers.find((x) => x.id === action.producer);
  if (!p) throw new ActionError('noProducer', { producer: action.producer });
  switch (action.action) {
    case 'flushProducer':
      return flushProducer(step, p);
    case 'closeProducer': {
      const { timeoutMs } = action;
      if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs >= 0)) {
        throw new ActionError('notNonNegativeInt', { field: 'timeoutMs', got: String(timeoutMs) });
      }
      return closeProducer(step, p, timeoutMs);
    }
    case 'killProducer':
      return killProducer(step, p);
  }
}
