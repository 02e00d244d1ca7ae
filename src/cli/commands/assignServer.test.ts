import { describe, expect, it } from 'vitest';
import { runAssignCommand } from './assign';

// Expected outputs: Kafka's group-coordinator tests (OptimizedUniformAssignmentBuilderTest,
// RangeAssignorTest), re-expressed with topic names in the CLI's input format.
const join = JSON.stringify({
  topics: { topic1: 3, topic2: 3 },
  members: [
    {
      id: 'A',
      topics: ['topic1', 'topic2'],
      owned: [
        ['topic1', 0],
        ['topic1', 2],
        ['topic2', 0],
      ],
    },
    {
      id: 'B',
      topics: ['topic1', 'topic2'],
      owned: [
        ['topic1', 1],
        ['topic2', 1],
        ['topic2', 2],
      ],
    },
    { id: 'C', topics: ['topic1', 'topic2'] },
  ],
});
const run = (text: string, ...argv: string[]) => runAssignCommand([...argv, 'g.json'], () => text);

describe('assign --strategy uniform|range-server', () => {
  it('uniform keeps each member’s partitions up to its quota and gives the rest to the newcomer', () => {
    // OptimizedUniformAssignmentBuilderTest.testReassignmentWhenOneMemberAddedAfterInitialAssignmentWithTwoMembersTwoTopics
    // (every partition is owned, so the topic order does not matter here).
    const result = run(join, '--strategy', 'uniform');
    expect(result.exitCode).toBe(0);
    const out = JSON.parse(result.stdout) as Record<string, [string, number][]>;
    expect(out.A).toEqual([
      ['topic1', 0],
      ['topic1', 2],
    ]);
    expect(out.B).toEqual([
      ['topic1', 1],
      ['topic2', 1],
    ]);
    expect(out.C).toEqual([
      ['topic2', 0],
      ['topic2', 2],
    ]);
  });

  it('range-server ignores the current assignment and splits each topic in member order', () => {
    // RangeAssignorTest.testReassignmentWhenOneMemberAddedAfterInitialAssignmentWithTwoMembersTwoTopics
    expect(run(join, '--strategy=range-server').stdout).toBe(
      '{"A": [["topic1", 0], ["topic2", 0]], "B": [["topic1", 1], ["topic2", 1]], "C": [["topic1", 2], ["topic2", 2]]}\n',
    );
  });

  it('refuses a partition owned by two members (the broker never assigns one twice)', () => {
    const text = JSON.stringify({
      topics: { t: 2 },
      members: [
        { id: 'A', topics: ['t'], owned: [['t', 0]] },
        { id: 'B', topics: ['t'], owned: [['t', 0]] },
      ],
    });
    const result = run(text, '--strategy', 'uniform');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('members[1].owned[0]: ["t",0] is also owned by members[0]');
  });

  it('lists the new strategies in its errors', () => {
    expect(run(join, '--strategy', 'nope').stderr).toContain('uniform, range-server');
  });
});
