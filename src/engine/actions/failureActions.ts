/** The failure actions (crash, restart, slow follower, isolate, lost ack) and the producer config check, applied through apply(). */
import type { Step } from '../core/step';
import {
  crashBroker,
  dropProduceResponses,
  restartBroker,
  setFetchDelay,
  setIsolated,
} from '../broker/failures';
import type { ConfigValue } from '../config/types';
import type { ProducerState, SimState } from '../model/state';
import { producerConfigErrors, refreshIdempotence } from '../producer/idempotence';
import { ActionError } from './actionError';
import type { Action } from './types';

type FailureAction = Extract<
  Action,
  {
    action:
      'crashBroker' | 'restartBroker' | 'slowFollower' | 'isolateBroker' | 'dropProduceResponse' | 'isrDip';
  }
>;

function checkBroker(sim: SimState, broker: number): void {
  if (!Number.isInteger(broker) || broker < 0 || broker >= sim.brokers.length) {
    throw new ActionError('noBroker', { max: sim.brokers.length - 1, broker: String(broker) });
  }
}

export function applyFailure(step: Step, action: FailureAction): void {
  const { sim } = step;
  checkBroker(sim, action.broker);
  switch (action.action) {
    case 'crashBroker':
      return crashBroker(step, action.broker);
    case 'restartBroker':
      return restartBroker(step, action.broker);
    case 'slowFollower':
      if (!Number.isInteger(action.fetchDelayMs) || action.fetchDelayMs < 0) {
        throw new ActionError('notNonNegativeInt', {
          field: 'fetchDelayMs',
          got: String(action.fetchDelayMs),
        });
      }
      return setFetchDelay(step, action.broker, action.fetchDelayMs);
    case 'isolateBroker':
      return setIsolated(step, action.broker, action.isolated);
    case 'dropProduceResponse':
      return dropProduceResponses(step, action.broker, Math.max(1, Math.floor(action.count ?? 1)));
    case 'isrDip':
      sim.brokers[action.broker]!.replication.isrDips += Math.max(1, Math.floor(action.count ?? 1));
      step.out.push({
        type: 'FaultChanged',
        at: sim.now,
        broker: action.broker,
        fault: 'isrDip',
        value: action.count ?? 1,
      });
      return;
  }
}

/** A config change a real producer would refuse (ConfigException) is rejected; idempotence follows the new config. */
export function checkProducerConfig(sim: SimState, p: ProducerState, key: string, value: ConfigValue): void {
  const config = { ...p.config, [key]: value };
  const explicit = p.explicitKeys.includes(key) ? p.explicitKeys : [...p.explicitKeys, key];
  const errors = producerConfigErrors(config, explicit);
  if (errors.length > 0) throw new ActionError('configRefused', { detail: errors.join(' ') });
  refreshIdempotence(p.delivery, config, p.index, sim.nextId);
}
