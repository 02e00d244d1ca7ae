/**
 * group.instance.id as a live setting: Kafka's validation (JoinGroupRequest.validateGroupInstanceId),
 * a duplicate refused (Kafka would fence the older member, FencedInstanceIdException), and a change
 * restarting the consumer process with the new id (KIP-345; kafka-behaviour.md §4.6).
 */
import { describe, expect, it, vi } from 'vitest';
import { ActionError, apply, snapshot } from '../index';
import { TestCluster } from '../testing/TestCluster';

vi.setConfig({ testTimeout: 30_000 });

const run = () =>
  TestCluster.from({
    partitions: 4,
    producer: { workload: { recordsPerSec: 100 } },
    group: { members: 2, config: { 'auto.offset.reset': 'earliest' } },
  });

const members = (r: ReturnType<typeof run>) => snapshot(r.sim).groups[0]!.members;

describe('group.instance.id on a running consumer', () => {
  it('restarts that consumer with the new id: the old process stops, a new static member joins', () => {
    const r = run();
    r.advanceTo(10_000);
    const [first] = members(r);
    apply(r.sim, {
      action: 'setGroupInstanceId',
      group: 'g1',
      member: first!.clientId,
      groupInstanceId: 'billing-a',
    });
    r.advance(10_000);
    const after = members(r);
    expect(after.find((m) => m.clientId === first!.clientId)!.group.status).toBe('stopped');
    const restarted = after.find((m) => m.group.groupInstanceId === 'billing-a')!;
    expect(restarted.clientId).not.toBe(first!.clientId);
    expect(restarted.group.status).toBe('stable');
    expect(restarted.assigned.length).toBeGreaterThan(0);
  });

  it('a static member given a new id leaves its old slot to session.timeout.ms (no LeaveGroup)', () => {
    const r = run();
    r.advanceTo(10_000);
    const [first] = members(r);
    apply(r.sim, {
      action: 'setGroupInstanceId',
      group: 'g1',
      member: first!.clientId,
      groupInstanceId: 'a',
    });
    r.advance(10_000);
    const a = members(r).find((m) => m.group.groupInstanceId === 'a')!;
    apply(r.sim, { action: 'setGroupInstanceId', group: 'g1', member: a.clientId, groupInstanceId: 'b' });
    r.advance(10_000);
    // The coordinator still counts the closed "a" member (it sent no LeaveGroup) next to "b" and the other.
    expect(snapshot(r.sim).groups[0]!.classic.coordinatorMembers).toHaveLength(3);
    r.advance(45_000);
    expect(snapshot(r.sim).groups[0]!.classic.coordinatorMembers).toHaveLength(2);
  });

  it("refuses an invalid id with Kafka's message, and a duplicate of a running member's id", () => {
    const r = run();
    r.advanceTo(10_000);
    const [first, second] = members(r);
    const set = (member: string, id: string) =>
      apply(r.sim, { action: 'setGroupInstanceId', group: 'g1', member, groupInstanceId: id });
    expect(() => set(first!.clientId, '')).toThrow('Group instance id must be non-empty string');
    expect(() => set(first!.clientId, 'a b')).toThrow(
      "contains a character other than ASCII alphanumerics, '.', '_' and '-'",
    );
    set(first!.clientId, 'shared');
    expect(() => set(second!.clientId, 'shared')).toThrow(ActionError);
    expect(() => set(second!.clientId, 'shared')).toThrow('FencedInstanceIdException');
    expect(() => apply(r.sim, { action: 'addConsumer', group: 'g1', groupInstanceId: 'shared' })).toThrow(
      'FencedInstanceIdException',
    );
  });
});
