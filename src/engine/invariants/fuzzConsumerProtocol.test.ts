/**
 * The KIP-848 fuzz (issue #15): generated Kafka 4.0 scenarios with at least one `group.protocol=consumer`
 * group (`uniform` and `range`, static and dynamic members, short rebalance timeouts) and timelines of joins,
 * leaves, crashes, slow consumers, restarts under a new group.instance.id, subscription changes, added
 * partitions and broker crashes that move the coordinator. Every step is checked against
 * src/engine/invariants (consumerProtocolChecks.ts among them). Pinned seed; `npm run fuzz -- --kip848` runs more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance } from '../simulation';
import { fuzzCaseArb, fuzzProperty } from '../testing/fuzz/fuzzProperty';
import { CONSUMER_PROTOCOL } from '../testing/fuzz/scenarioArb';
import { TestCluster } from '../testing/TestCluster';
import {
  checkConsumerProtocolEpochs,
  checkConsumerProtocolOwnership,
  checkRevocationTimeout,
  newConsumerProtocolMemory,
} from './consumerProtocolChecks';

const RUNS = 30;

describe('KIP-848 fuzz', () => {
  it('draws consumer-protocol groups of both assignors, static and dynamic, and their membership changes', () => {
    const cases = fc.sample(fuzzCaseArb(CONSUMER_PROTOCOL), { numRuns: 200, seed: 7 });
    const groups = cases.flatMap((c) => c.scenario.consumerGroups.filter((g) => g.protocol === 'consumer'));
    expect(
      cases.every(
        (c) => c.scenario.kafkaVersion === '4.0' && c.scenario.consumerGroups[0]?.protocol === 'consumer',
      ),
    ).toBe(true);
    expect(new Set(groups.map((g) => g.remoteAssignor))).toEqual(new Set(['uniform', 'range']));
    expect(groups.some((g) => g.groupInstanceIds) && groups.some((g) => !g.groupInstanceIds)).toBe(true);
    const actions = new Set(cases.flatMap((c) => c.scenario.timeline.map((e) => e.action)));
    for (const a of [
      'addConsumer',
      'stopConsumer',
      'crashConsumer',
      'slowConsumer',
      'setGroupInstanceId',
      'changeSubscription',
      'addPartitions',
      'crashBroker',
      'restartBroker',
    ] as const)
      expect(actions.has(a), a).toBe(true);
  });

  it('the checks see what they must: a partition given twice, an epoch going back, a revocation left too long', () => {
    const r = TestCluster.from({
      partitions: 4,
      producer: { workload: { recordsPerSec: 5 } },
      group: { members: 2, protocol: 'consumer', config: { 'max.poll.interval.ms': 2000 } },
    });
    r.advanceTo(12_000);
    const memory = newConsumerProtocolMemory();
    expect(checkConsumerProtocolOwnership(r.sim)).toEqual([]);
    expect(checkConsumerProtocolEpochs(r.sim, memory)).toEqual([]);
    const [a, b] = r.sim.groups[0]!.consumerProtocol!.members;
    b!.assigned = [...b!.assigned, a!.assigned[0]!];
    expect(checkConsumerProtocolOwnership(r.sim).map((v) => v.invariant)).toContain('partitionOwnedTwice');
    a!.memberEpoch -= 1;
    expect(checkConsumerProtocolEpochs(r.sim, memory).map((v) => v.invariant)).toContain('epochWentBack');
    a!.state = 'UNREVOKED_PARTITIONS';
    expect(checkRevocationTimeout(r.sim, memory)).toEqual([]);
    advance(r.sim, 2_001);
    a!.state = 'UNREVOKED_PARTITIONS';
    expect(checkRevocationTimeout(r.sim, memory).map((v) => v.invariant)).toContain('revocationNotFenced');
  });

  it(`${RUNS} generated sequences (seed 20261130) keep every invariant`, () => {
    fc.assert(fuzzProperty(CONSUMER_PROTOCOL), { numRuns: RUNS, seed: 20261130 });
  }, 600_000);
});
