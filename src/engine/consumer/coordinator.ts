/**
 * Which broker coordinates a group (kafka-behaviour.md §3.6, §10): the leader of the group's
 * `__consumer_offsets` partition. The partition is `Utils.abs(groupId.hashCode()) %
 * offsets.topic.num.partitions` (Kafka's GroupCoordinatorService.partitionFor / the older
 * GroupMetadataManager.partitionFor); its replicas are placed like a user topic's (broker/placement.ts)
 * with `offsets.topic.replication.factor`, capped by the number of brokers.
 *
 * Failover, simplified: the offsets partition's ISR is taken to be all its replicas (commit records are
 * tiny and not replicated record by record here), so when the controller fences the leader, the next
 * replica in assignment order that is up leads — and coordinates. A broker that becomes coordinator
 * loads the group from the log as GroupMetadataManager.onLoaded does: committed offsets, the members
 * and generation of the last stored group, and each member's session timer starts afresh.
 */
import type { Step } from '../core/step';
import { schedule } from '../core/step';
import type { GroupState, SimState } from '../model/state';
import { prepareRebalance } from './joinBarrier';

function up(sim: SimState, broker: number): boolean {
  const rep = sim.brokers[broker]!.replication;
  return rep.alive && !rep.fenced;
}

/**
 * Leadership of the offsets partitions after a broker was fenced or came back: a group whose
 * coordinator is fenced moves to the next replica that is up; a group with no coordinator gets the
 * returning broker; a coordinator that restarted before it was fenced reloads its groups.
 */
export function moveCoordinators(step: Step, broker: number, restarted: boolean): void {
  const { sim } = step;
  for (const g of sim.groups) {
    const c = g.classic;
    if (restarted && c.coordinator === broker) {
      loadGroup(step, g, 'the coordinator restarted and reloaded the group from __consumer_offsets');
      continue;
    }
    // The controller moves only the fenced broker's leaderships (or gives a leaderless partition one).
    if (c.coordinator >= 0 && (restarted || c.coordinator !== broker)) continue;
    const next = c.offsetsReplicas.find((b) => up(sim, b)) ?? -1;
    if (next === c.coordinator) continue;
    const from = c.coordinator;
    c.coordinator = next;
    const reason =
      next < 0
        ? `no replica of __consumer_offsets-${c.offsetsPartition} is up`
        : `broker ${next} now leads __consumer_offsets-${c.offsetsPartition}`;
    step.out.push({ type: 'CoordinatorMoved', at: sim.now, group: g.id, from, to: next, reason });
    if (next >= 0) loadGroup(step, g, reason);
  }
}

/**
 * The new coordinator loads the group (GroupMetadataManager.onLoaded): committed offsets and members
 * stay, every member's session timer restarts now. A rebalance under way at the old coordinator was
 * never stored, so its join barrier starts again (members rejoin when they find the new coordinator).
 */
function loadGroup(step: Step, g: GroupState, reason: string): void {
  const { sim } = step;
  const c = g.classic;
  c.coordinatorEpoch++;
  c.joinTimerToken++;
  for (const m of c.members) {
    m.sessionDeadline = sim.now + m.sessionTimeoutMs;
    schedule(sim, m.sessionDeadline, {
      kind: 'sessionCheck',
      group: g.index,
      memberId: m.memberId,
      epoch: c.coordinatorEpoch,
    });
  }
  if (c.phase === 'PreparingRebalance' || c.phase === 'CompletingRebalance') {
    for (const m of c.members) {
      m.joined = false;
      m.awaitingSync = false;
    }
    c.pendingMemberIds = [];
    c.initialDelay = null;
    prepareRebalance(step, g, `coordinator moved: ${reason}`);
  }
}
