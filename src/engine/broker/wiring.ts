/** Connects the replication model to the simulation core: partition fields, start-up, task and message routing. */
import type { Step } from '../core/step';
import type { Message, PartitionState, SimState } from '../model/state';
import type { Task } from '../model/tasks';
import { connectionLost, producerTimer } from '../producer/inflight';
import { runSender } from '../producer/sender';
import { brokerSessionExpired, isrCheck, scheduleIsrCheck } from './failures';
import { leaderBalanceCheck } from './leaderBalance';
import { uncleanElectionCheck } from './uncleanCheck';
import { newLedger } from './ledger';
import { assignReplicas } from './placement';
import { produceTimeout } from './producePurgatory';
import {
  ensureFetching,
  handleReplicaFetchRequest,
  handleReplicaFetchResponse,
  replicaFetchWaitExpired,
  sendReplicaFetch,
} from './replication';

type ReplicationFields = Omit<
  PartitionState,
  'topic' | 'partition' | 'logStartOffset' | 'logEndOffset' | 'highWatermark' | 'batches' | 'bytesAppended'
>;

/** A new partition's replicas (placement rule), ISR = all replicas, the preferred replica leading. */
export function newReplicationFields(sim: SimState, topic: string, partition: number): ReplicationFields {
  const spec = sim.scenario.topics.find((t) => t.name === topic);
  const rf = Math.min(spec?.replicationFactor ?? 1, sim.brokers.length);
  const replicas = assignReplicas(1, rf, sim.brokers.length, partition)[0]!;
  return {
    leader: replicas[0]!,
    replicas,
    isr: [...replicas],
    leaderEpoch: 0,
    epochStartOffset: 0,
    replicaStates: replicas.map((broker) => ({
      broker,
      logEndOffset: 0,
      highWatermark: 0,
      lastCaughtUpAt: 0,
      lastFetchAt: 0,
      leaderEndAtLastFetch: 0,
      leaderKnownEnd: 0,
      divergedAt: -1,
    })),
    producerStates: [],
    ledger: newLedger(),
  };
}

/** Followers open their fetch sessions and leaders start their ISR checks. */
export function startReplication(sim: SimState): void {
  for (const b of sim.brokers) {
    ensureFetching(sim, b.id);
    scheduleIsrCheck(sim, b.id);
  }
}

type ReplicationTask = Extract<
  Task,
  {
    kind:
      | 'replicaFetch'
      | 'replicaFetchWaitExpired'
      | 'isrCheck'
      | 'brokerSessionExpired'
      | 'leaderBalanceCheck'
      | 'uncleanElectionCheck'
      | 'produceTimeout'
      | 'producerTimer'
      | 'connectionLost';
  }
>;

export function routeReplicationTask(step: Step, task: ReplicationTask): void {
  const { sim } = step;
  switch (task.kind) {
    case 'replicaFetch':
      return sendReplicaFetch(step, task.follower, task.leader, task.incarnation);
    case 'replicaFetchWaitExpired':
      return replicaFetchWaitExpired(step, task.broker, task.fetch);
    case 'isrCheck':
      return isrCheck(step, task.broker, task.incarnation);
    case 'brokerSessionExpired':
      return brokerSessionExpired(step, task.broker, task.incarnation);
    case 'leaderBalanceCheck':
      return leaderBalanceCheck(step);
    case 'uncleanElectionCheck':
      return uncleanElectionCheck(step);
    case 'produceTimeout':
      return produceTimeout(step, task.broker, task.delayed);
    case 'producerTimer': {
      const p = sim.producers[task.producer]!;
      producerTimer(step, p);
      return runSender(step, p);
    }
    case 'connectionLost': {
      const p = sim.producers[task.producer]!;
      connectionLost(step, p, task.broker, task.request);
      return runSender(step, p);
    }
  }
}

export function routeReplicationMessage(
  step: Step,
  m: Extract<Message, { kind: 'replicaFetchRequest' | 'replicaFetchResponse' }>,
): void {
  if (m.kind === 'replicaFetchRequest') handleReplicaFetchRequest(step, m);
  else handleReplicaFetchResponse(step, m);
}
