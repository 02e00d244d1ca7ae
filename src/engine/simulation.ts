/**
 * The simulation's public core: create from a scenario, advance the virtual clock, inspect.
 * Everything happens by popping due tasks off the event queue in (time, insertion) order, so the
 * same scenario and seed always produce the same event log.
 */
import { clonePlain } from './core/clone';
import { applyScheduled } from './actions/apply';
import { newPartition } from './broker/newPartition';
import { resolveConfig } from './config/typedConfig';
import type { Step } from './core/step';
import { schedule, takeMessage } from './core/step';
import { fetchWaitExpired, handleFetchRequest } from './broker/fetch';
import { handleProduceRequest } from './broker/produce';
import { handleCommitRequest } from './consumer/commit';
import { newClassicGroup, newClient } from './consumer/membership';
import { handleFetchResponse, pollTask } from './consumer/poll';
import { runGroupTask, deliverGroupMessage } from './consumer/groupDispatch';
import { newConsumerProtocolGroup } from './consumer/consumerProtocol/settings';
import { scheduleRetentionCheck } from './consumer/retention';
import type { SimEvent } from './events/types';
import type { Scenario } from './model/scenario';
import type { GroupState, ProducerState, SimState, TopicState } from './model/state';
import type { Task } from './model/tasks';
import { blockExpired, restartWorkload, workloadTick } from './producer/send';
import { handleProduceResponse, runSender } from './producer/sender';
import { newBrokerReplication } from './broker/replication';
import { routeReplicationTask, routeReplicationMessage, startReplication } from './broker/wiring';
import { deliverable } from './broker/failures';
import { newDeliveryState } from './producer/idempotence';
import { createRng } from './random/prng';
import { initialProducerExtras } from './producer/producerSetup';
import { periodicMetadataRefresh } from './producer/metadata';
import { closeTimeout, producerIsGone, producerProgressed } from './producer/lifecycle';
import { peekEntry, popEntry } from './time/queue';
import { idTableFrom } from './core/idTable';

/** Builds the initial state of a (validated) scenario; nothing has happened yet at t = 0. */
export function createSimulation(scenario: Scenario): SimState {
  const sim: SimState = {
    now: 0,
    seq: 0,
    rng: createRng(scenario.seed),
    queue: [],
    scenario: clonePlain(scenario),
    nextId: 1,
    leaderVersion: 0,
    brokers: Array.from({ length: scenario.cluster.brokers }, (_, id) => ({
      id,
      parkedFetches: [],
      replication: newBrokerReplication(),
    })),
    topics: [],
    producers: [],
    groups: [],
    messages: [],
    clusterConfig: resolveConfig('broker', scenario.kafkaVersion, scenario.cluster.config ?? {}),
  };
  sim.topics = scenario.topics.map((t): TopicState => ({
    name: t.name,
    config: resolveConfig('topic', scenario.kafkaVersion, t.config),
    partitions: Array.from({ length: t.partitions }, (_, partition) => newPartition(sim, t.name, partition)),
  }));
  sim.producers = scenario.producers.map((spec, index): ProducerState => {
    const partitions = sim.topics.find((t) => t.name === spec.topic)!.partitions.length;
    const config = resolveConfig('producer', scenario.kafkaVersion, spec.config);
    return {
      id: spec.id,
      index,
      topic: spec.topic,
      config,
      explicitKeys: Object.keys(spec.config),
      workload: clonePlain(spec.workload),
      rateSince: 0,
      rateProduced: 0,
      tickToken: 0,
      keyCursor: 0,
      ...initialProducerExtras(sim, config, partitions),
      sequences: new Array<number>(partitions).fill(0),
      deques: Array.from({ length: partitions }, () => []),
      bufferUsed: 0,
      blocked: null,
      blockToken: 0,
      inFlight: new Array<number>(sim.brokers.length).fill(0),
      drainIndex: 0,
      stats: {
        sent: 0,
        rejected: 0,
        acked: 0,
        failed: 0,
        batchesSent: 0,
        batchBytesSent: 0,
        recordsInSentBatches: 0,
        latencySum: 0,
        errors: {},
        lost: 0,
        bytesBeforeCompression: 0,
        bytesAfterCompression: 0,
        compressionCpuMicros: 0,
      },
      delivery: newDeliveryState(config, index),
    };
  });
  sim.groups = scenario.consumerGroups.map((spec, index): GroupState => {
    const g: GroupState = {
      id: spec.id,
      index,
      topics: [...spec.topics],
      config: resolveConfig('consumer', scenario.kafkaVersion, spec.config),
      explicitKeys: Object.keys(spec.config),
      workload: clonePlain(spec.workload),
      members: [],
      committed: idTableFrom(
        spec.topics.map((t) => [
          t,
          new Array<number>(sim.topics.find((x) => x.name === t)!.partitions.length).fill(-1),
        ]),
      ),
      stats: { consumed: 0, polls: 0, commits: 0, errors: {}, skippedByLatestReset: 0 },
      classic: newClassicGroup(sim, spec.id, spec.members),
      ...(spec.protocol === 'consumer'
        ? { consumerProtocol: newConsumerProtocolGroup(spec.remoteAssignor) }
        : {}),
    };
    for (let n = 1; n <= spec.members; n++)
      g.members.push(
        newClient(sim, spec.id, n, spec.groupInstanceIds?.[n - 1] ?? null, g.classic.coordinator),
      );
    return g;
  });
  for (const g of sim.groups) {
    // Each consumer's first poll() finds the coordinator and sends JoinGroup.
    g.members.forEach((m, member) =>
      schedule(sim, 0, { kind: 'poll', group: g.index, member, token: m.pollToken }),
    );
    scheduleRetentionCheck({ sim }, g);
  }
  startReplication(sim);
  for (const p of sim.producers) restartWorkload(sim, p);
  scenario.timeline.forEach((entry, index) => schedule(sim, entry.atMs, { kind: 'timeline', index }));
  return sim;
}

function otherTaskDueNow(sim: SimState): boolean {
  return sim.queue.some((e) => e.at === sim.now && e.task.kind !== 'timeline');
}

function run(step: Step, task: Task): void {
  const { sim } = step;
  switch (task.kind) {
    case 'workloadTick':
      return workloadTick(step, sim.producers[task.producer]!, task.token);
    case 'senderWake':
      return runSender(step, sim.producers[task.producer]!);
    case 'blockExpired':
      return blockExpired(step, sim.producers[task.producer]!, task.token);
    case 'closeTimeout':
      return closeTimeout(step, sim.producers[task.producer]!);
    case 'producerMetadataRefresh':
      return periodicMetadataRefresh(step, sim.producers[task.producer]!);
    case 'poll':
      return pollTask(step, task.group, task.member, task.token);
    case 'fetchWaitExpired':
      return fetchWaitExpired(step, task.broker, task.fetch);
    case 'replicaFetch':
    case 'replicaFetchWaitExpired':
    case 'isrCheck':
    case 'brokerSessionExpired':
    case 'leaderBalanceCheck':
    case 'uncleanElectionCheck':
    case 'produceTimeout':
    case 'producerTimer':
    case 'connectionLost':
      return routeReplicationTask(step, task);
    case 'heartbeat':
    case 'sessionCheck':
    case 'joinTimer':
    case 'offsetRetentionCheck':
    case 'metadataRefresh':
    case 'findCoordinator':
    case 'coordinatorDisconnected':
    case 'consumerGroupTimer':
      return runGroupTask(step, task);
    case 'timeline': {
      // A recorded click landed after everything due in its millisecond, so a replay must too.
      if (otherTaskDueNow(sim)) return schedule(sim, sim.now, task);
      const { atMs: _atMs, ...action } = sim.scenario.timeline[task.index]!;
      step.out.push(...applyScheduled(sim, action, advance));
      return;
    }
    case 'deliver': {
      const message = takeMessage(sim, task.message);
      if (!message || !deliverable(step, message)) return;
      switch (message.kind) {
        case 'produceRequest':
          return handleProduceRequest(step, message);
        case 'produceResponse': {
          // A closed or killed producer has no one left to take the response.
          const p = sim.producers[message.producer]!;
          if (producerIsGone(p)) return;
          handleProduceResponse(step, message);
          return producerProgressed(step, p);
        }
        case 'fetchRequest':
          return handleFetchRequest(step, message);
        case 'fetchResponse':
          return handleFetchResponse(step, message);
        case 'commitRequest':
          return handleCommitRequest(step, message);
        case 'replicaFetchRequest':
        case 'replicaFetchResponse':
          return routeReplicationMessage(step, message);
        default:
          return deliverGroupMessage(step, message);
      }
    }
  }
}

/** Advances the virtual clock by `ms`, running every task due on the way; returns what happened. */
export function advance(sim: SimState, ms: number): SimEvent[] {
  if (!(ms >= 0)) throw new RangeError(`advance: ms must be ≥ 0, got ${ms}`);
  const target = sim.now + Math.floor(ms);
  const step: Step = { sim, out: [] };
  for (let next = peekEntry(sim.queue); next && next.at <= target; next = peekEntry(sim.queue)) {
    popEntry(sim.queue);
    sim.now = next.at;
    run(step, next.task);
  }
  // A timeline fastForward may already have moved the clock past the target.
  sim.now = Math.max(sim.now, target);
  return step.out;
}

/** Time of the next scheduled task, if any (the "step" control jumps there). */
export function nextEventTime(sim: SimState): number | undefined {
  return peekEntry(sim.queue)?.at;
}
