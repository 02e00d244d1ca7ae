/**
 * The broker-side assignors against Kafka's own unit-test cases (provenance in fixtures/kafkaCases.ts).
 */
import { describe, expect, it } from 'vitest';
import { parts } from '../assignors/testKit';
import type { Assignment } from '../assignors/types';
import { javaTopicIdOrder } from './fixtures/kafkaUuid';
import { KAFKA_CASES, UNIFORM_TOPIC_IDS, type KafkaCase } from './fixtures/kafkaCases';
import {
  assignRangeServer,
  assignUniform,
  assignUniformHeterogeneous,
  assignUniformHomogeneous,
  PartitionAssignorError,
  type ServerGroupSpec,
} from './index';

function specOf(c: KafkaCase): ServerGroupSpec {
  const ids = Object.fromEntries(
    Object.entries(UNIFORM_TOPIC_IDS).filter(([name]) => c.topics[name] !== undefined),
  );
  return {
    topics: c.topics,
    topicOrder: javaTopicIdOrder(ids),
    members: Object.entries(c.members).map(([id, [topics, owned]]) => ({ id, topics, owned: parts(owned) })),
  };
}

const run = (c: KafkaCase, spec: ServerGroupSpec) =>
  c.builder === 'homogeneous'
    ? assignUniformHomogeneous(spec)
    : c.builder === 'heterogeneous'
      ? assignUniformHeterogeneous(spec)
      : assignRangeServer(spec);

/** Drops empty lists: Kafka's tests leave members with nothing out, or expect an empty map for them. */
const nonEmpty = (a: Assignment) => Object.fromEntries(Object.entries(a).filter(([, l]) => l.length > 0));

describe("server-side assignors reproduce Kafka's unit-test cases", () => {
  it('the ported fixtures cover at least 30 of Kafka’s cases', () => {
    expect(KAFKA_CASES.length + 3).toBeGreaterThanOrEqual(30);
  });

  it.each(KAFKA_CASES.map((c) => [c.source, c] as const))('%s', (_name, c) => {
    const spec = specOf(c);
    if (c.expected === 'throws') {
      expect(() => run(c, spec)).toThrow(PartitionAssignorError);
      return;
    }
    const want = Object.fromEntries(Object.entries(c.expected).map(([id, list]) => [id, parts(list)]));
    expect(nonEmpty(run(c, spec))).toEqual(want);
  });

  it('RangeAssignorTest.testStaticMembership: a static member rejoining with a new id gets its partitions back', () => {
    const members = [
      { id: 'A', topics: ['topic1'], groupInstanceId: 'instanceA' },
      { id: 'B', topics: ['topic1'], groupInstanceId: 'instanceB' },
    ];
    const before = assignRangeServer({ topics: { topic1: 3 }, members });
    const after = assignRangeServer({
      topics: { topic1: 3 },
      members: [members[1]!, { id: 'memberA1', topics: ['topic1'], groupInstanceId: 'instanceA' }],
    });
    expect(after.memberA1).toEqual(before.A);
    expect(after.B).toEqual(before.B);
  });

  it('RangeAssignorTest.testMixedStaticMembership: static members sort first, so a rejoin changes nothing', () => {
    const a = { id: 'A', topics: ['topic1'], groupInstanceId: 'instanceA' };
    const c = { id: 'C', topics: ['topic1'], groupInstanceId: 'instanceC' };
    const b = { id: 'B', topics: ['topic1'] };
    const before = assignRangeServer({ topics: { topic1: 5 }, members: [a, c, b] });
    const after = assignRangeServer({
      topics: { topic1: 5 },
      members: [c, b, { ...a, id: 'memberA1' }],
    });
    expect(after.memberA1).toEqual(before.A);
    expect(after.B).toEqual(before.B);
    expect(after.C).toEqual(before.C);
  });

  it('OptimizedUniformAssignmentBuilderTest.testValidityAndBalanceForLargeSampleSet', () => {
    const topics = Object.fromEntries(Array.from({ length: 99 }, (_, i) => [`topic-${i + 1}`, 3]));
    const names = Object.keys(topics);
    const members = Array.from({ length: 49 }, (_, i) => ({ id: `member${i + 1}`, topics: names }));
    const result = assignUniform({ topics, members });
    const sizes = Object.values(result).map((l) => l.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const all = Object.values(result)
      .flat()
      .map(([t, p]) => `${t}-${p}`);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(99 * 3);
  });
});
