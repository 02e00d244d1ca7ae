/**
 * `assign --strategy range|roundrobin|sticky|cooperative-sticky|uniform|range-server FILE`: what a
 * consumer group assignor does with the members described in FILE — the Java client's (classic
 * protocol), or the broker's `uniform` / `range` (KIP-848 consumer protocol, `range-server` here; each
 * member's `owned` is its current assignment and `generation` is ignored). Pure: the caller passes the argument
 * list after the command name and a file reader; the result says what to print and the exit code.
 *
 * FILE: the group description of `scenarios/groupFile.ts` (validated by its zod schema).
 * Output: {"C0": [["t0", 0], ...], ...}: every member, in file order, lists sorted by topic then partition.
 */
import {
  ASSIGNOR_STRATEGIES,
  assign,
  type AssignorStrategy,
  type TopicPartitionPair,
} from '../../engine/consumer/assignors';
import { assignServerSide, type ServerAssignorName } from '../../engine/consumer/serverAssignors';
import { parseGroupFile } from '../../scenarios/groupFile';
import { parseJsonText } from '../../scenarios/jsonText';
import { usageError, type CommandResult } from './result';

/** The broker-side assignors, by their CLI names. */
const SERVER_STRATEGIES: Record<string, ServerAssignorName> = { uniform: 'uniform', 'range-server': 'range' };
const STRATEGIES = [...ASSIGNOR_STRATEGIES, ...Object.keys(SERVER_STRATEGIES)];

/** One line of `--help`. */
export const ASSIGN_USAGE =
  'usage: assign --strategy range|roundrobin|sticky|cooperative-sticky|uniform|range-server FILE';

/** Runs the command; bad arguments or input exit 2 with messages naming the file, JSON path and problem. */
export function runAssignCommand(argv: string[], readFile: (path: string) => string): CommandResult {
  if (argv.includes('--help') || argv.includes('-h'))
    return { stdout: `${ASSIGN_USAGE}\n`, stderr: '', exitCode: 0 };
  const args = parseArgs(argv);
  if (typeof args === 'string') return usageError(args, ASSIGN_USAGE);

  const failure = (lines: string[], exitCode = 2): CommandResult => ({
    stdout: '',
    stderr: lines.map((line) => `${args.file}: ${line}\n`).join(''),
    exitCode,
  });
  let text: string;
  try {
    text = readFile(args.file);
  } catch (e) {
    return failure([`cannot read the file (${(e as { code?: string }).code ?? (e as Error).message})`]);
  }
  const parsed = parseJsonText(text);
  if ('syntax' in parsed) return failure([`invalid JSON ${parsed.syntax}`]);

  const group = parseGroupFile(parsed.value);
  if (!group.ok) return failure(group.errors);
  const { input } = group;
  const problems: string[] = [];
  const server = SERVER_STRATEGIES[args.strategy];
  if (server !== undefined) {
    // The broker's target assignment never gives a partition to two members.
    const owner = new Map<string, number>();
    input.members.forEach((m, i) =>
      (m.owned ?? []).forEach((tp, k) => {
        const key = JSON.stringify(tp);
        const first = owner.get(key);
        if (first === undefined) owner.set(key, i);
        else problems.push(`members[${i}].owned[${k}]: ${key} is also owned by members[${first}]`);
      }),
    );
    if (problems.length > 0) return failure(problems);
  }
  try {
    const result =
      server !== undefined
        ? assignServerSide(server, input)
        : assign(args.strategy as AssignorStrategy, input);
    const lines = input.members.map((m) => `${JSON.stringify(m.id)}: ${formatList(result[m.id] ?? [])}`);
    return { stdout: `{${lines.join(', ')}}\n`, stderr: '', exitCode: 0 };
  } catch (e) {
    // Only inputs on which Kafka's own assignor throws end up here.
    return failure([`the ${args.strategy} assignor failed: ${(e as Error).message}`], 1);
  }
}

function formatList(list: TopicPartitionPair[]): string {
  return `[${list.map(([t, p]) => `[${JSON.stringify(t)}, ${p}]`).join(', ')}]`;
}

function parseArgs(argv: string[]): { strategy: string; file: string } | string {
  let strategy: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--strategy' || arg.startsWith('--strategy=')) {
      if (strategy !== undefined) return '--strategy was given more than once';
      strategy = arg === '--strategy' ? argv[++i] : arg.slice('--strategy='.length);
      if (strategy === undefined) return `--strategy needs a value (one of ${STRATEGIES.join(', ')})`;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option "${arg}"`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return `unexpected argument "${arg}" (one group file at a time)`;
    }
  }
  if (strategy === undefined) return `missing --strategy (one of ${STRATEGIES.join(', ')})`;
  if (!STRATEGIES.includes(strategy)) {
    return `unknown strategy "${strategy}" (expected one of ${STRATEGIES.join(', ')})`;
  }
  if (file === undefined) return 'missing group FILE';
  return { strategy, file };
}
