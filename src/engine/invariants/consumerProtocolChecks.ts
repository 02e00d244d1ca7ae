/**
 * Promises of the KIP-848 consumer group protocol (kafka-behaviour.md §4.10; Kafka's `GroupMetadataManager`,
 * `CurrentAssignmentBuilder`), checked over a running simulation:
 * - a partition is never held by two members at any instant (the coordinator's assigned ∪ pending-revocation
 *   sets are disjoint, and what a client the coordinator still knows owns is within what it granted it);
 * - the group epoch, the target assignment epoch and each member's epoch never go back (a fenced member that
 *   rejoins is a new member from epoch 0, as in Kafka);
 * - a member that has not revoked within its rebalance timeout (counted from when the coordinator asked it,
 *   or from the coordinator's load if that is later) is fenced;
 * - once membership has been quiet long enough, every member has reached the target assignment.
 * A client the coordinator has already fenced may still believe it owns partitions until its next heartbeat
 * tells it (a zombie, as in Kafka); it is not a member, so it is not counted.
 */
import type { TopicPartitionPair } from '../consumer/assignors/types';
import type { ConsumerProtocolGroupState } from '../model/consumerProtocol';
import type { GroupState } from '../model/state';
import type { SimState } from '../model/state';
import type { Violation } from './types';

/** `group.consumer.heartbeat.interval.ms` (the broker's default, fixed in the engine). */
const HEARTBEAT_MS = 5_000;
const key = ([t, p]: TopicPartitionPair) => `${t}-${p}`;
const live = (status: string) => status !== 'stopped' && status !== 'crashed';
type CpGroup = GroupState & { consumerProtocol: ConsumerProtocolGroupState };

function cpGroups(sim: SimState): CpGroup[] {
  return sim.groups.filter((g): g is CpGroup => g.consumerProtocol !== undefined);
}

/** Per-group memory of the checks: epochs seen, revocations in progress, when membership last changed. */
export interface ConsumerProtocolMemory {
  groupEpoch: Map<string, number>;
  targetEpoch: Map<string, number>;
  memberEpoch: Map<string, number>;
  /** "group|memberId|epoch" → when the monitor first saw that member asked to revoke. */
  revokingSince: Map<string, number>;
  /** Coordinator identity per group, and since when it has been up. */
  coordinator: Map<string, { id: string; upSince: number | null }>;
  /** Membership signature per group and since when it has not changed. */
  quiet: Map<string, { signature: string; since: number }>;
}

export function newConsumerProtocolMemory(): ConsumerProtocolMemory {
  return {
    groupEpoch: new Map(),
    targetEpoch: new Map(),
    memberEpoch: new Map(),
    revokingSince: new Map(),
    coordinator: new Map(),
    quiet: new Map(),
  };
}

export function checkConsumerProtocolOwnership(sim: SimState): Violation[] {
  const out: Violation[] = [];
  const report = (detail: string) => out.push({ invariant: 'partitionOwnedTwice', at: sim.now, detail });
  for (const g of cpGroups(sim)) {
    const cp = g.consumerProtocol;
    const holder = new Map<string, string>();
    for (const m of cp.members)
      for (const tp of [...m.assigned, ...m.pendingRevocation]) {
        const other = holder.get(key(tp));
        if (other !== undefined && other !== m.memberId)
          report(`group ${g.id}: coordinator gives ${key(tp)} to ${other} and ${m.memberId}`);
        holder.set(key(tp), m.memberId);
      }
    const clientOwner = new Map<string, string>();
    for (const client of g.members) {
      if (!live(client.client.status) || client.client.generation < 0) continue;
      const member = cp.members.find((x) => x.memberId === client.id && !x.departed);
      if (!member) continue; // fenced at the coordinator, not yet told: a zombie, not a member
      for (const a of client.assigned) {
        const k = `${a.topic}-${a.partition}`;
        if (holder.get(k) !== member.memberId)
          report(`group ${g.id}: ${client.clientId} owns ${k}, which the coordinator does not give it`);
        const other = clientOwner.get(k);
        if (other !== undefined) report(`group ${g.id}: ${k} owned by ${other} and ${client.clientId}`);
        clientOwner.set(k, client.clientId);
      }
    }
  }
  return out;
}

function notBack(
  out: Violation[],
  sim: SimState,
  memory: Map<string, number>,
  name: string,
  value: number,
): void {
  const prev = memory.get(name);
  if (prev !== undefined && value < prev)
    out.push({ invariant: 'epochWentBack', at: sim.now, detail: `${name}: ${prev} → ${value}` });
  memory.set(name, value);
}

export function checkConsumerProtocolEpochs(sim: SimState, memory: ConsumerProtocolMemory): Violation[] {
  const out: Violation[] = [];
  for (const g of cpGroups(sim)) {
    const cp = g.consumerProtocol;
    notBack(out, sim, memory.groupEpoch, `group ${g.id} epoch`, cp.groupEpoch);
    notBack(out, sim, memory.targetEpoch, `group ${g.id} target assignment epoch`, cp.targetAssignmentEpoch);
    if (cp.targetAssignmentEpoch > cp.groupEpoch)
      out.push({
        invariant: 'epochWentBack',
        at: sim.now,
        detail: `group ${g.id}: target epoch ${cp.targetAssignmentEpoch} ahead of group epoch ${cp.groupEpoch}`,
      });
    const present = new Set<string>();
    for (const m of cp.members) {
      if (m.departed) continue;
      const name = `group ${g.id} member ${m.memberId} epoch`;
      present.add(name);
      notBack(out, sim, memory.memberEpoch, name, m.memberEpoch);
      if (m.memberEpoch > cp.targetAssignmentEpoch)
        out.push({
          invariant: 'epochWentBack',
          at: sim.now,
          detail: `group ${g.id}: ${m.memberId} at epoch ${m.memberEpoch}, beyond the target's ${cp.targetAssignmentEpoch}`,
        });
    }
    // A member that left or was fenced starts again from epoch 0 when it rejoins (a new member to the coordinator).
    for (const name of memory.memberEpoch.keys())
      if (name.startsWith(`group ${g.id} member `) && !present.has(name)) memory.memberEpoch.delete(name);
  }
  return out;
}

/**
 * Since when the group's coordinator has been up and loaded (a load restarts every deadline, as
 * `GroupMetadataManager.onLoaded` does); null while it is down, when no timer runs.
 */
function coordinatorUpSince(sim: SimState, g: CpGroup, memory: ConsumerProtocolMemory): number | null {
  const c = g.classic;
  const alive = c.coordinator >= 0 && sim.brokers[c.coordinator]?.replication.alive === true;
  const id = `${c.coordinator}@${c.coordinatorEpoch}`;
  const prev = memory.coordinator.get(g.id);
  if (!prev || prev.id !== id) memory.coordinator.set(g.id, { id, upSince: prev ? sim.now : 0 });
  return alive ? memory.coordinator.get(g.id)!.upSince : null;
}

export function checkRevocationTimeout(sim: SimState, memory: ConsumerProtocolMemory): Violation[] {
  const out: Violation[] = [];
  for (const g of cpGroups(sim)) {
    const upSince = coordinatorUpSince(sim, g, memory);
    const seen = new Set<string>();
    for (const m of g.consumerProtocol.members) {
      if (m.departed || m.state !== 'UNREVOKED_PARTITIONS') continue;
      const name = `${g.id}|${m.memberId}|${m.memberEpoch}`;
      seen.add(name);
      const since = memory.revokingSince.get(name) ?? sim.now;
      memory.revokingSince.set(name, since);
      if (upSince === null) continue; // a crashed coordinator runs no timers
      const deadline = Math.max(since, upSince) + m.rebalanceTimeoutMs;
      if (sim.now > deadline)
        out.push({
          invariant: 'revocationNotFenced',
          at: sim.now,
          detail: `group ${g.id}: ${m.clientId} (${m.memberId}) still has ${m.pendingRevocation.map(key).join(',')} to revoke since ${since} ms, rebalance timeout ${m.rebalanceTimeoutMs} ms`,
        });
    }
    for (const name of memory.revokingSince.keys())
      if (name.startsWith(`${g.id}|`) && !seen.has(name)) memory.revokingSince.delete(name);
  }
  return out;
}

/** What must stay unchanged for the group to count as quiet: epoch, coordinator, topic sizes, members and their clients. */
function signature(sim: SimState, g: CpGroup): string {
  const c = g.classic;
  const alive = c.coordinator >= 0 && sim.brokers[c.coordinator]?.replication.alive === true;
  const clients = g.members.map((m) => `${m.clientId}:${m.client.status}:${m.client.generation < 0}`);
  const members = g.consumerProtocol.members.map((m) => `${m.memberId}:${m.departed}`);
  const partitions = sim.topics.map((t) => t.partitions.length);
  return [
    g.consumerProtocol.groupEpoch,
    c.coordinator,
    c.coordinatorEpoch,
    alive,
    ...partitions,
    '|',
    ...clients,
    '|',
    ...members,
  ].join(',');
}

/** How long reconciliation may take once nothing changes: revoke in a poll, acknowledge, then the new owner's heartbeat. */
function settleMs(sim: SimState, g: CpGroup): number {
  const records = Number(g.config['max.poll.records']);
  const slowest = Math.max(
    g.workload.processingMsPerRecord,
    ...g.members.map((m) => m.client.processingMsPerRecord),
  );
  const poll = records * slowest + g.workload.pollTimeoutMs;
  return 3 * HEARTBEAT_MS + 2 * poll + 20 * sim.scenario.cluster.networkDelayMs + 1_000;
}

export function checkConvergence(sim: SimState, memory: ConsumerProtocolMemory): Violation[] {
  const out: Violation[] = [];
  for (const g of cpGroups(sim)) {
    const sig = signature(sim, g);
    const prev = memory.quiet.get(g.id);
    if (!prev || prev.signature !== sig) {
      memory.quiet.set(g.id, { signature: sig, since: sim.now });
      continue;
    }
    const cp = g.consumerProtocol;
    // A crashed client (until its session ends) or a static member away (epoch -2) heartbeats no more: the
    // coordinator learns of nothing through it, so the group is not quiet yet.
    const silent = cp.members.some(
      (m) => m.departed || !g.members.some((x) => x.id === m.memberId && live(x.client.status)),
    );
    // An empty group keeps the epoch its last member's departure gave it until someone joins (as Kafka's does).
    if (silent || cp.members.length === 0) continue;
    const coordinatorUp = g.classic.coordinator >= 0 && sim.brokers[g.classic.coordinator]?.replication.alive;
    if (!coordinatorUp || sim.now - prev.since < settleMs(sim, g)) continue;
    const behind = cp.members.filter((m) => {
      if (m.departed) return false;
      const target = (cp.target[m.memberId] ?? []).map(key).join();
      const client = g.members.find((x) => x.id === m.memberId && live(x.client.status));
      const owned = client ? client.assigned.map((a) => `${a.topic}-${a.partition}`).join() : target;
      return (
        m.state !== 'STABLE' ||
        m.memberEpoch !== cp.targetAssignmentEpoch ||
        m.assigned.map(key).join() !== target ||
        owned !== target
      );
    });
    // The target covers every partition of every subscribed topic (partitions added later included).
    const targeted = new Set(Object.values(cp.target).flatMap((list) => list.map(key)));
    const missing: string[] = [];
    for (const topic of new Set(cp.members.flatMap((m) => m.topics))) {
      const count = sim.topics.find((t) => t.name === topic)?.partitions.length ?? 0;
      for (let p = 0; p < count; p++) if (!targeted.has(`${topic}-${p}`)) missing.push(`${topic}-${p}`);
    }
    if (cp.targetAssignmentEpoch !== cp.groupEpoch || behind.length > 0 || missing.length > 0)
      out.push({
        invariant: 'assignmentNotConverged',
        at: sim.now,
        detail: `group ${g.id}: quiet since ${prev.since} ms, epoch ${cp.groupEpoch}/target ${cp.targetAssignmentEpoch}; behind: ${behind.map((m) => `${m.clientId} ${m.state} e${m.memberEpoch}`).join('; ')}; not in the target: ${missing.join(',')}`,
      });
  }
  return out;
}
