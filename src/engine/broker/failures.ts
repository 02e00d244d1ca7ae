/**
 * Faults a learner, a scenario timeline or a test can inject (kafka-behaviour.md §3.2, §3.4, §8):
 * crash and restart a broker, slow a follower down, cut a broker off from the others, lose produce
 * responses. Also the controller's side: a crashed broker is fenced once its heartbeats have been missing
 * for broker.session.timeout.ms, which removes it from every ISR and moves its leaderships.
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import type { Message, SimState } from '../model/state';
import { brokerUp, electLeader, truncateReplica } from './election';
import { maybeIncrementHighWatermark, removeFromIsr, replicaOf, shrinkIsrIfLagging } from './isr';
import { recordLoss } from './ledger';
import { completeDelayedProduces } from './producePurgatory';
import { clusterNumber, ensureFetching, linkUp, retryReplicaFetch } from './replication';
import { wakeParkedFetches } from './fetch';
import { moveCoordinators } from '../consumer/coordinator';
import { coordinatorCrashed, groupRequestLost } from '../consumer/coordinatorLookup';

/** Whether any topic has followers at all (RF=1 clusters skip replication timers entirely). */
export function replicationInUse(sim: SimState): boolean {
  return sim.topics.some((t) => t.partitions.some((tp) => tp.replicas.length > 1));
}

/** Schedules each live broker's periodic ISR check (every replica.lag.time.max.ms / 2). */
export function scheduleIsrCheck(sim: SimState, broker: number): void {
  if (!replicationInUse(sim)) return;
  const every = Math.max(1, Math.floor(clusterNumber(sim, 'replica.lag.time.max.ms') / 2));
  const rep = sim.brokers[broker]!.replication;
  schedule(sim, (Math.floor(sim.now / every) + 1) * every, {
    kind: 'isrCheck',
    broker,
    incarnation: rep.incarnation,
  });
}

export function isrCheck(step: Step, broker: number, incarnation: number): void {
  const { sim } = step;
  const rep = sim.brokers[broker]!.replication;
  if (!rep.alive || rep.incarnation !== incarnation) return;
  const lag = clusterNumber(sim, 'replica.lag.time.max.ms');
  let changed = false;
  for (const t of sim.topics)
    for (const tp of t.partitions) {
      if (tp.leader !== broker || !shrinkIsrIfLagging(step, tp, lag)) continue;
      maybeIncrementHighWatermark(step, tp);
      changed = true;
    }
  if (changed) {
    completeDelayedProduces(step, broker);
    wakeParkedFetches(step, broker);
  }
  scheduleIsrCheck(sim, broker);
}

export function crashBroker(step: Step, broker: number): void {
  const { sim } = step;
  const rep = sim.brokers[broker]!.replication;
  if (!rep.alive) return;
  rep.alive = false;
  rep.incarnation++;
  rep.fetchingFrom = [];
  rep.parkedReplicaFetches = [];
  rep.delayedProduces = [];
  sim.brokers[broker]!.parkedFetches = [];
  step.out.push({ type: 'BrokerCrashed', at: sim.now, broker });
  // Clients see their connections reset; the controller notices only when heartbeats stop.
  for (const p of sim.producers)
    if (p.delivery.pending.some((r) => r.broker === broker))
      schedule(sim, sim.now + sim.scenario.cluster.networkDelayMs, {
        kind: 'connectionLost',
        producer: p.index,
        broker,
        request: sim.nextId,
      });
  for (const g of sim.groups)
    for (const m of g.members) m.fetchingFrom = m.fetchingFrom.filter((b) => b !== broker);
  coordinatorCrashed(step, broker);
  const heartbeat = clusterNumber(sim, 'broker.heartbeat.interval.ms');
  const lastHeartbeat = Math.floor(sim.now / heartbeat) * heartbeat;
  schedule(sim, lastHeartbeat + clusterNumber(sim, 'broker.session.timeout.ms'), {
    kind: 'brokerSessionExpired',
    broker,
    incarnation: rep.incarnation,
  });
}

/** The controller fences a broker whose session expired: out of every ISR, its partitions get new leaders. */
export function brokerSessionExpired(step: Step, broker: number, incarnation: number): void {
  const { sim } = step;
  const rep = sim.brokers[broker]!.replication;
  if (rep.alive || rep.incarnation !== incarnation || rep.fenced) return;
  rep.fenced = true;
  step.out.push({ type: 'BrokerFenced', at: sim.now, broker });
  const leaders = new Set<number>();
  for (const t of sim.topics)
    for (const tp of t.partitions) {
      if (!tp.replicas.includes(broker)) continue;
      removeFromIsr(step, tp, broker, 'fenced');
      if (tp.leader === broker) electLeader(step, tp);
      else if (tp.leader >= 0 && maybeIncrementHighWatermark(step, tp)) leaders.add(tp.leader);
      if (tp.leader >= 0) leaders.add(tp.leader);
    }
  for (const l of leaders) {
    completeDelayedProduces(step, l);
    wakeParkedFetches(step, l);
  }
  // The broker's __consumer_offsets partitions get new leaders too: its groups get new coordinators.
  moveCoordinators(step, broker, false);
  wakeProducers(step);
}

export function restartBroker(step: Step, broker: number): void {
  const { sim } = step;
  const rep = sim.brokers[broker]!.replication;
  if (rep.alive) return;
  rep.alive = true;
  rep.fenced = false;
  rep.incarnation++;
  step.out.push({ type: 'BrokerRestarted', at: sim.now, broker });
  for (const t of sim.topics)
    for (const tp of t.partitions) {
      const r = replicaOf(tp, broker);
      if (!r) continue;
      // A returning replica first drops what an earlier leader epoch wrote and the new leader lacks.
      if (r.divergedAt >= 0) truncateReplica(step, tp, broker, r.divergedAt);
      if (tp.leader < 0) electLeader(step, tp);
    }
  ensureFetching(sim, broker);
  scheduleIsrCheck(sim, broker);
  moveCoordinators(step, broker, true);
  wakeProducers(step);
}

/** Leadership moved or came back: every producer's sender looks again at what it can send. */
export function wakeProducers(step: Step): void {
  for (const p of step.sim.producers)
    schedule(step.sim, step.sim.now, { kind: 'senderWake', producer: p.index });
}

export function setFetchDelay(step: Step, broker: number, delayMs: number): void {
  step.sim.brokers[broker]!.replication.fetchDelayMs = delayMs;
  step.out.push({ type: 'FaultChanged', at: step.sim.now, broker, fault: 'slow', value: delayMs });
}

export function setIsolated(step: Step, broker: number, isolated: boolean): void {
  step.sim.brokers[broker]!.replication.isolated = isolated;
  step.out.push({ type: 'FaultChanged', at: step.sim.now, broker, fault: 'isolated', value: isolated });
}

export function dropProduceResponses(step: Step, broker: number, count: number): void {
  step.sim.brokers[broker]!.replication.dropResponses += count;
  step.out.push({ type: 'FaultChanged', at: step.sim.now, broker, fault: 'dropResponse', value: count });
}

/**
 * Whether a message reaches its destination. Requests to a dead broker vanish: a producer sees the
 * connection refused (acks=0 records are silently lost), a follower backs off, a consumer fetches again.
 * Fetches between brokers cut off from each other are lost too.
 */
export function deliverable(step: Step, m: Message): boolean {
  const { sim } = step;
  switch (m.kind) {
    case 'produceRequest':
      if (sim.brokers[m.broker]!.replication.alive) return true;
      if (m.acks === '0') {
        for (const b of m.batches) {
          const tp = sim.topics.find((t) => t.name === b.topic)!.partitions[b.partition]!;
          recordLoss(step, tp, {
            producer: sim.producers[m.producer]!.id,
            baseSequence: b.baseSequence,
            count: b.count,
            baseOffset: -1,
          });
        }
      } else
        schedule(sim, sim.now + sim.scenario.cluster.networkDelayMs, {
          kind: 'connectionLost',
          producer: m.producer,
          broker: m.broker,
          request: m.id,
        });
      return false;
    case 'fetchRequest': {
      if (sim.brokers[m.broker]!.replication.alive) return true;
      const member = sim.groups[m.group]?.members[m.member];
      if (member) member.fetchingFrom = member.fetchingFrom.filter((b) => b !== m.broker);
      return false;
    }
    case 'commitRequest':
    case 'joinGroupRequest':
    case 'syncGroupRequest':
    case 'heartbeatRequest':
    case 'leaveGroupRequest':
      // A crashed coordinator hears nothing; the client sees its connection refused.
      if (sim.brokers[m.broker]!.replication.alive) return true;
      groupRequestLost(step, m);
      return false;
    case 'replicaFetchRequest':
      if (linkUp(sim, m.follower, m.broker)) return true;
      retryReplicaFetch(sim, m.follower, m.broker, m.incarnation);
      return false;
    case 'replicaFetchResponse':
      if (linkUp(sim, m.follower, m.broker)) return true;
      if (sim.brokers[m.follower]!.replication.alive)
        retryReplicaFetch(sim, m.follower, m.broker, m.incarnation);
      return false;
    default:
      return true;
  }
}

export { brokerUp };
