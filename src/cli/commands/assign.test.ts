import { describe, expect, it } from 'vitest';
import { ASSIGN_USAGE, runAssignCommand } from './assign';

// Expected assignments come from kafka-behaviour.md §4.9 and Kafka's assignor tests (named per case).
const files: Record<string, string> = {
  'group.json': JSON.stringify({
    topics: { t0: 3, t1: 3 },
    members: [
      { id: 'C1', topics: ['t0', 't1'] },
      { id: 'C0', topics: ['t0', 't1'], groupInstanceId: null },
    ],
  }),
  'join.json': JSON.stringify({
    topics: { orders: 6 },
    members: [
      {
        id: 'C0',
        topics: ['orders'],
        owned: [
          ['orders', 0],
          ['orders', 3],
        ],
        generation: 1,
      },
      {
        id: 'C1',
        topics: ['orders'],
        owned: [
          ['orders', 1],
          ['orders', 4],
        ],
        generation: 1,
      },
      {
        id: 'C2',
        topics: ['orders'],
        owned: [
          ['orders', 2],
          ['orders', 5],
        ],
        generation: 1,
      },
      { id: 'C3', topics: ['orders'] },
    ],
  }),
};
const readFile = (path: string): string => {
  const text = files[path];
  if (text === undefined)
    throw Object.assign(new Error(`ENOENT: no such file '${path}'`), { code: 'ENOENT' });
  return text;
};
const run = (...argv: string[]) => runAssignCommand(argv, readFile);
const withFile = (name: string, text: string, ...argv: string[]) =>
  runAssignCommand([...argv, name], (p) => (p === name ? text : readFile(p)));

function failsWith(result: ReturnType<typeof run>, ...lines: string[]) {
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe('');
  for (const line of lines) expect(result.stderr).toContain(line);
}

describe('assign command', () => {
  it('prints every member in file order with sorted [topic, partition] lists', () => {
    // Source: kafka-behaviour.md §4.9 RoundRobin, 2 × 3 with 2 consumers.
    const result = run('--strategy', 'roundrobin', 'group.json');
    expect(result).toEqual({
      stdout: '{"C1": [["t0", 1], ["t1", 0], ["t1", 2]], "C0": [["t0", 0], ["t0", 2], ["t1", 1]]}\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('runs each strategy (range, sticky) on the same file', () => {
    // Source: kafka-behaviour.md §4.9 Range and Sticky, 2 × 3 with 2 consumers.
    expect(JSON.parse(run('--strategy=range', 'group.json').stdout)).toEqual({
      C1: [
        ['t0', 2],
        ['t1', 2],
      ],
      C0: [
        ['t0', 0],
        ['t0', 1],
        ['t1', 0],
        ['t1', 1],
      ],
    });
    expect(JSON.parse(run('group.json', '--strategy', 'sticky').stdout)).toEqual({
      C1: [
        ['t0', 1],
        ['t1', 0],
        ['t1', 2],
      ],
      C0: [
        ['t0', 0],
        ['t0', 2],
        ['t1', 1],
      ],
    });
  });

  it('honours owned and generation: cooperative-sticky holds back the moving partition', () => {
    // Source: kafka-behaviour.md §4.9 CooperativeSticky, orders × 6, C3 joins (rebalance 1).
    expect(JSON.parse(run('--strategy', 'cooperative-sticky', 'join.json').stdout)).toEqual({
      C0: [
        ['orders', 0],
        ['orders', 3],
      ],
      C1: [
        ['orders', 1],
        ['orders', 4],
      ],
      C2: [['orders', 2]],
      C3: [],
    });
  });

  it('prints the usage for --help', () => {
    expect(run('--help')).toEqual({ stdout: `${ASSIGN_USAGE}\n`, stderr: '', exitCode: 0 });
  });

  it('rejects a missing or unknown strategy, a missing file argument and stray arguments', () => {
    failsWith(run('group.json'), 'error: missing --strategy', ASSIGN_USAGE);
    failsWith(
      run('--strategy', 'sticky-ish', 'group.json'),
      'unknown strategy "sticky-ish"',
      'cooperative-sticky',
    );
    failsWith(run('--strategy'), '--strategy needs a value');
    failsWith(run('--strategy', 'range'), 'missing group FILE');
    failsWith(run('--strategy', 'range', 'a.json', 'b.json'), 'unexpected argument "b.json"');
    failsWith(run('--strategy', 'range', '--verbose', 'group.json'), 'unknown option "--verbose"');
  });

  it('names a file it cannot read', () => {
    failsWith(run('--strategy', 'range', 'nope.json'), 'nope.json: cannot read the file (ENOENT)');
  });

  it('reports invalid JSON with its line and column', () => {
    const text = '{\n  "topics": {"t0": 3},\n  "members": [\n    {"id": "C0", "topics": ["t0"],}\n  ]\n}';
    failsWith(
      withFile('bad.json', text, '--strategy', 'range'),
      'bad.json: invalid JSON at line 4, column 35: expected a property name',
    );
    failsWith(
      withFile('cut.json', '{"topics": {"t0": 3}', '--strategy', 'range'),
      "cut.json: invalid JSON at line 1, column 21: expected ',' or '}'",
    );
    failsWith(
      withFile('empty.json', '', '--strategy', 'range'),
      'empty.json: invalid JSON at line 1, column 1: unexpected end',
    );
  });

  it('names the JSON path and the problem for invalid input', () => {
    const bad = {
      topics: { t0: 3, t1: -1 },
      members: [
        { id: 'C0', topics: ['t0'], owned: [['t0', 5], ['t0']], generation: 1.5 },
        { id: 'C1', topics: 't0' },
        { id: 'C0', topics: ['t0'], topic: ['t1'] },
        'C3',
      ],
      extra: true,
    };
    const result = withFile('group.json', JSON.stringify(bad), '--strategy', 'range');
    failsWith(
      result,
      'group.json: topics.t1: expected a partition count (a whole number ≥ 0), got -1',
      'group.json: members[0].owned[0]: partition 5 does not exist (topic "t0" has 3 partitions)',
      'group.json: members[0].owned[1]: expected a [topic, partition] pair like ["t0", 0], got ["t0"]',
      'group.json: members[0].generation: expected a whole number ≥ -1 or null, got 1.5',
      'group.json: members[1].topics: expected an array of topic names, got "t0"',
      'group.json: members[2].topic: unknown field',
      'group.json: members[3]: expected a member object',
      'group.json: extra: unknown field',
    );
  });

  it('rejects duplicate member ids and duplicate static instance ids', () => {
    const group = {
      topics: { t: 1 },
      members: [
        { id: 'A', topics: ['t'], groupInstanceId: 'i1' },
        { id: 'A', topics: ['t'] },
        { id: 'B', topics: ['t'], groupInstanceId: 'i1' },
      ],
    };
    failsWith(
      withFile('g.json', JSON.stringify(group), '--strategy', 'sticky'),
      'g.json: members[1].id: duplicate member id "A" (also members[0])',
      'g.json: members[2].groupInstanceId: "i1" is also members[0]\'s',
    );
  });

  it('accepts owned partitions of topics that no longer exist, and an empty group', () => {
    // Source: AbstractStickyAssignorTest.testOnlyAssignsPartitionsFromSubscribedTopics (claims on "other" are ignored).
    const group = {
      topics: { topic: 2 },
      members: [
        {
          id: 'consumer',
          topics: ['topic'],
          owned: [
            ['topic', 0],
            ['other', 0],
          ],
          generation: 1,
        },
      ],
    };
    expect(withFile('g.json', JSON.stringify(group), '--strategy', 'cooperative-sticky').stdout).toBe(
      '{"consumer": [["topic", 0], ["topic", 1]]}\n',
    );
    expect(withFile('e.json', '{"topics": {}, "members": []}', '--strategy', 'range').stdout).toBe('{}\n');
  });
});
