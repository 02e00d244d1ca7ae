/**
 * Applies one intervention to a running simulation. The UI, a scenario's timeline and tests all come
 * through here. Invalid actions throw an ActionError that names what is wrong; the state is unchanged.
 */
import { checkValue, findKey, normaliseValue, suggestKey } from '../config/catalogue';
import type { ConfigScope } from '../config/types';
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import { applyGroupAction, consumerConfigChanged, partitionsAdded } from './groupActions';
import type { SimEvent } from '../events/types';
import type { Config, SimState } from '../model/state';
import { resumeBlockedSend, restartWorkload } from '../producer/send';
import { runSender } from '../producer/sender';
import { newPartition } from '../broker/newPartition';
import type { Action } from './types';
import type { AdvanceClock } from './clock';
import { ActionError } from './actionError';
import { applyFailure, checkProducerConfig } from './failureActions';
import { applyLifecycleAction } from './producerLifecycle';
import { clonePlain } from '../core/clone';
import { consumerConfigErrors } from '../consumer/configRules';
import { producerConfigChanged, producerPartitionAdded } from '../producer/producerSetup';
import { metadataAgeChanged, scheduleMetadataRefresh } from '../producer/metadata';
import { getOwn } from '../core/idTable';
import { topicConfigChanged } from '../broker/uncleanCheck';
import { setConfigValueByName } from '../config/typedConfig';

export { ActionError } from './actionError';

function validated(scope: ConfigScope, key: string, value: unknown) {
  const spec = findKey(scope, key);
  if (!spec) {
    const hint = suggestKey(scope, key);
    throw hint
      ? new ActionError('unknownConfigHint', { scope, key, hint })
      : new ActionError('unknownConfig', { scope, key });
  }
  const problem = checkValue(spec, value);
  if (problem) throw new ActionError('badValue', { key, detail: problem });
  return normaliseValue(spec, value as never);
}

function setKey(config: Config, explicitKeys: string[], key: string, value: Config[string]): void {
  config[key] = value;
  if (!explicitKeys.includes(key)) explicitKeys.push(key);
}

/** Applies an action now; returns the events it caused. */
export function applyAction(sim: SimState, action: Action, advanceClock: AdvanceClock): SimEvent[] {
  const step: Step = { sim, out: [] };
  switch (action.action) {
    case 'setProducerConfig': {
      const p = sim.producers.find((x) => x.id === action.producer);
      if (!p) throw new ActionError('noProducer', { producer: action.producer });
      const value = validated('producer', action.key, action.value);
      checkProducerConfig(sim, p, action.key, value);
      setKey(p.config, p.explicitKeys, action.key, value);
      producerConfigChanged(sim, p);
      if (action.key === 'metadata.max.age.ms') metadataAgeChanged(sim, p);
      step.out.push({
        type: 'ConfigChanged',
        at: sim.now,
        target: `producer:${p.id}`,
        key: action.key,
        value,
      });
      if (action.key === 'linger.ms') {
        // Waiting batches now expire at their creation time + the new linger.ms.
        for (const deque of p.deques)
          if (deque[0])
            schedule(sim, deque[0].createdAt + (value as number), { kind: 'senderWake', producer: p.index });
      }
      if (p.blocked) resumeBlockedSend(step, p);
      runSender(step, p);
      break;
    }
    case 'setConsumerConfig': {
      const g = sim.groups.find((x) => x.id === action.group);
      if (!g) throw new ActionError('noGroup', { group: action.group });
      const value = validated('consumer', action.key, action.value);
      // A consumer built with this config would not start, or its JoinGroup would be refused.
      const problems = consumerConfigErrors({ ...g.config, [action.key]: value });
      if (problems.length > 0) throw new ActionError('configRefused', { detail: problems.join(' ') });
      setKey(g.config, g.explicitKeys, action.key, value);
      step.out.push({ type: 'ConfigChanged', at: sim.now, target: `group:${g.id}`, key: action.key, value });
      consumerConfigChanged(step, g, action.key);
      break;
    }
    case 'setTopicConfig': {
      // Dynamic topic configs take effect at once; each rule reads the topic's config when it applies.
      const topic = sim.topics.find((t) => t.name === action.topic);
      if (!topic) throw new ActionError('noTopic', { topic: action.topic });
      const value = validated('topic', action.key, action.value);
      setConfigValueByName(topic.config, action.key, value);
      step.out.push({
        type: 'ConfigChanged',
        at: sim.now,
        target: `topic:${topic.name}`,
        key: action.key,
        value,
      });
      topicConfigChanged(step, topic, action.key, value);
      break;
    }
    case 'setBrokerConfig': {
      const value = validated('broker', action.key, action.value);
      setConfigValueByName(sim.clusterConfig, action.key, value);
      step.out.push({ type: 'ConfigChanged', at: sim.now, target: 'brokers', key: action.key, value });
      break;
    }
    case 'setWorkload': {
      const p = sim.producers.find((x) => x.id === action.producer);
      if (!p) throw new ActionError('noProducer', { producer: action.producer });
      const { recordsPerSec = p.workload.recordsPerSec, valueBytes = p.workload.valueBytes } = action;
      if (!(recordsPerSec >= 0) || !Number.isFinite(recordsPerSec))
        throw new ActionError('notNonNegative', { field: 'recordsPerSec', got: String(recordsPerSec) });
      if (!Number.isInteger(valueBytes) || valueBytes < 0)
        throw new ActionError('notNonNegativeInt', { field: 'valueBytes', got: String(valueBytes) });
      p.workload.recordsPerSec = recordsPerSec;
      p.workload.valueBytes = valueBytes;
      if (action.keys) p.workload.keys = clonePlain(action.keys);
      if (!p.blocked) restartWorkload(sim, p);
      step.out.push({ type: 'WorkloadChanged', at: sim.now, producer: p.id, recordsPerSec, valueBytes });
      break;
    }
    case 'addPartitions': {
      const topic = sim.topics.find((t) => t.name === action.topic);
      if (!topic) throw new ActionError('noTopic', { topic: action.topic });
      const current = topic.partitions.length;
      if (!Number.isInteger(action.partitions) || action.partitions <= current) {
        throw new ActionError('partitionsNotIncreased', { current, requested: String(action.partitions) });
      }
      for (let i = current; i < action.partitions; i++)
        topic.partitions.push(newPartition(sim, topic.name, i));
      for (const p of sim.producers.filter((x) => x.topic === topic.name)) {
        for (let i = current; i < action.partitions; i++) {
          p.deques.push([]);
          p.sequences.push(0);
          producerPartitionAdded(p);
        }
        // The producer uses the new partitions only after its next metadata refresh.
        scheduleMetadataRefresh(sim, p);
      }
      for (const g of sim.groups.filter((x) => x.topics.includes(topic.name))) {
        const committed = getOwn(g.committed, topic.name)!;
        while (committed.length < action.partitions) committed.push(-1);
        partitionsAdded(step, g);
      }
      step.out.push({
        type: 'PartitionsAdded',
        at: sim.now,
        topic: topic.name,
        partitions: action.partitions,
      });
      break;
    }
    case 'flushProducer':
    case 'closeProducer':
    case 'killProducer':
      applyLifecycleAction(step, action);
      break;
    case 'crashBroker':
    case 'restartBroker':
    case 'slowFollower':
    case 'isolateBroker':
    case 'dropProduceResponse':
    case 'isrDip':
      applyFailure(step, action);
      break;
    default:
      applyGroupAction(step, action, advanceClock);
  }
  return step.out;
}

/**
 * Applies a scheduled action (a scenario's or a recorded timeline entry). One the state no longer
 * allows is skipped with an ActionRefused event instead of throwing mid-run: the simulation goes on.
 */
export function applyScheduled(sim: SimState, action: Action, advanceClock: AdvanceClock): SimEvent[] {
  try {
    return applyAction(sim, action, advanceClock);
  } catch (e) {
    if (!(e instanceof ActionError)) throw e;
    const { code, params, message } = e;
    return [{ type: 'ActionRefused', at: sim.now, action: action.action, code, params, message }];
  }
}
