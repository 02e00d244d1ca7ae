/**
 * `assign --strategy range|roundrobin|sticky|cooperative-sticky|uniform|range-server FILE`: what a
 * consumer group assignor does with the members described in FILE — the Java client's (classic
 * protocol), or the broker's `uniform` / `range` (KIP-848 consumer protocol, `range-server` here; each
 * member's `owned` is its current assignment and `generation` is ignored). Pure: the caller passes the argument
 * list after the command name and a file reader; the result says what to print and the exit code.
 *
 * FILE: {"topics": {"t0": 3}, "members": [{"id": "C0", "topics": ["t0"], "owned": [["t0", 0]],
 *        "generation": 1, "groupInstanceId": null}]}   (owned, generation, groupInstanceId optional)
 * Output: {"C0": [["t0", 0], ...], ...}: every member, in file order, lists sorted by topic then partition.
 */
import {
  ASSIGNOR_STRATEGIES,
  assign,
  type AssignorInput,
  type AssignorStrategy,
  type MemberSubscription,
  type TopicPartitionPair,
} from '../../engine/consumer/assignors';
import { assignServerSide, type ServerAssignorName } from '../../engine/consumer/serverAssignors';
import { usageError, type CommandResult } from './result';

/** The broker-side assignors, by their CLI names. */
const SERVER_STRATEGIES: Record<string, ServerAssignorName> = { uniform: 'uniform', 'range-server': 'range' };
const STRATEGIES = [...ASSIGNOR_STRATEGIES, ...Object.keys(SERVER_STRATEGIES)];

/** One line of `--help`. */
export const ASSIGN_USAGE =
  'usage: assign --strategy range|roundrobin|sticky|cooperative-sticky|uniform|range-server FILE';

const MAX_INT = 2147483647; // partition counts, partitions and generations are Java ints
const MEMBER_FIELDS = ['id', 'topics', 'owned', 'generation', 'groupInstanceId', 'rackId'];

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
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if ('syntax' in parsed) return failure([`invalid JSON ${parsed.syntax}`]);

  const problems: string[] = [];
  const input = validateGroup(parsed.value, problems);
  if (!input || problems.length > 0) return failure(problems);
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

// ---- JSON syntax errors with a line and column (Node's own messages often omit the position) ----

function parseJson(text: string): { value: unknown } | { syntax: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    const found = locateSyntaxError(text);
    if (!found) return { syntax: `(${(e as Error).message})` };
    const before = text.slice(0, found.offset);
    const line = before.split('\n').length;
    const column = found.offset - before.lastIndexOf('\n');
    return { syntax: `at line ${line}, column ${column}: ${found.message}` };
  }
}

/** Walks the text as JSON and reports where the first syntax error is. */
function locateSyntaxError(text: string): { offset: number; message: string } | null {
  let i = 0;
  let failedAt = 0;
  const fail = (problem: string): never => {
    failedAt = i;
    throw new SyntaxError(problem);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (): void => {
    for (i++; i < text.length; i++) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c < ' ') fail('control character inside a string (use \\n, \\t …)');
      if (c !== '\\') continue;
      const escape = text[i + 1] ?? '';
      if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
      else if (escape !== '' && '"\\/bfnrt'.includes(escape)) i++;
      else fail('invalid escape in a string');
    }
    fail('unterminated string (missing closing ")');
  };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === undefined) return fail('unexpected end of the file, expected a value');
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      skipSpace();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          skipSpace();
          if (text[i] !== '"') fail('expected a property name in double quotes');
          string();
          skipSpace();
          if (text[i] !== ':') fail("expected ':' after the property name");
          i++;
        }
        value();
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail(`expected ',' or '${close}'`);
      }
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (number) return void (i += number[0].length);
    const literal = ['true', 'false', 'null'].find((l) => text.startsWith(l, i));
    if (literal) return void (i += literal.length);
    fail(`unexpected ${JSON.stringify(c)}, expected a value`);
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail('unexpected text after the end of the JSON value');
    return null;
  } catch (e) {
    return { offset: failedAt, message: (e as Error).message };
  }
}

// ---- Input validation: every problem names its JSON path ----

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isJavaInt = (v: unknown, min: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= MAX_INT;
const prop = (path: string, name: string) =>
  /^[A-Za-z_$][\w$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;

function got(v: unknown): string {
  if (v === undefined) return 'nothing';
  const json = JSON.stringify(v);
  return json.length > 40 ? `${json.slice(0, 37)}…` : json;
}

/** Checks the parsed file; fills `problems` with "path: problem" lines. */
function validateGroup(root: unknown, problems: string[]): AssignorInput | null {
  const report = (path: string, problem: string) => problems.push(`${path}: ${problem}`);
  const wrong = (path: string, expected: string, value: unknown) =>
    report(path, `${expected}, got ${got(value)}`);
  if (!isObject(root)) {
    wrong('(top level)', 'expected an object with "topics" and "members"', root);
    return null;
  }
  for (const key of Object.keys(root)) {
    if (key !== 'topics' && key !== 'members')
      report(prop('', key).replace(/^\./, ''), 'unknown field (expected "topics" and "members")');
  }
  const topics: Record<string, number> = {};
  if (!isObject(root.topics))
    wrong('topics', 'expected an object mapping topic names to partition counts', root.topics);
  else {
    for (const [name, count] of Object.entries(root.topics)) {
      if (isJavaInt(count, 0)) Object.defineProperty(topics, name, { value: count, enumerable: true });
      else wrong(prop('topics', name), 'expected a partition count (a whole number ≥ 0)', count);
    }
  }
  if (!Array.isArray(root.members)) {
    wrong('members', 'expected an array of members', root.members);
    return null;
  }

  const validOwned = (raw: unknown, path: string): TopicPartitionPair[] => {
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw)) {
      wrong(path, 'expected an array of [topic, partition] pairs', raw);
      return [];
    }
    const seen = new Set<string>();
    return raw.flatMap((pair: unknown, k): TopicPartitionPair[] => {
      const at = `${path}[${k}]`;
      if (
        !Array.isArray(pair) ||
        pair.length !== 2 ||
        typeof pair[0] !== 'string' ||
        !isJavaInt(pair[1], 0)
      ) {
        wrong(at, 'expected a [topic, partition] pair like ["t0", 0]', pair);
        return [];
      }
      const [topic, p] = pair as TopicPartitionPair;
      const count = Object.hasOwn(topics, topic) ? topics[topic] : undefined;
      // A topic missing from "topics" is fine (a deleted topic); a partition number past the end is not.
      if (count !== undefined && p >= count)
        report(at, `partition ${p} does not exist (topic ${got(topic)} has ${count} partitions)`);
      else if (seen.has(JSON.stringify(pair))) report(at, `${got(pair)} is listed twice`);
      seen.add(JSON.stringify(pair));
      return [[topic, p]];
    });
  };

  const validMember = (raw: unknown, path: string): MemberSubscription | null => {
    if (!isObject(raw)) {
      wrong(path, 'expected a member object like {"id": "C0", "topics": ["t0"]}', raw);
      return null;
    }
    const before = problems.length;
    for (const key of Object.keys(raw)) {
      if (!MEMBER_FIELDS.includes(key))
        report(prop(path, key), `unknown field (expected ${MEMBER_FIELDS.join(', ')})`);
    }
    if (typeof raw.id !== 'string' || raw.id === '')
      wrong(`${path}.id`, 'expected a non-empty member id string', raw.id);
    if (!Array.isArray(raw.topics)) wrong(`${path}.topics`, 'expected an array of topic names', raw.topics);
    else {
      raw.topics.forEach((t: unknown, j) => {
        if (typeof t !== 'string') wrong(`${path}.topics[${j}]`, 'expected a topic name (a string)', t);
      });
    }
    const owned = validOwned(raw.owned, `${path}.owned`);
    const { generation, groupInstanceId } = raw;
    if (generation !== undefined && generation !== null && !isJavaInt(generation, -1)) {
      wrong(`${path}.generation`, 'expected a whole number ≥ -1 or null', generation);
    }
    for (const field of ['groupInstanceId', 'rackId'] as const) {
      const v = raw[field];
      if (v !== undefined && v !== null && typeof v !== 'string')
        wrong(`${path}.${field}`, 'expected a string or null', v);
    }
    if (problems.length > before) return null;
    return {
      id: raw.id as string,
      topics: raw.topics as string[],
      owned,
      ...(typeof generation === 'number' ? { generation } : {}),
      groupInstanceId: (groupInstanceId as string | null | undefined) ?? null,
    };
  };

  const members = root.members.map((raw: unknown, i) => validMember(raw, `members[${i}]`));
  // Member ids and static instance ids must be unique within a group.
  const firstWith = new Map<string, number>();
  members.forEach((m, i) => {
    if (!m) return;
    const first = firstWith.get(`id:${m.id}`);
    if (first !== undefined)
      report(`members[${i}].id`, `duplicate member id ${got(m.id)} (also members[${first}])`);
    else firstWith.set(`id:${m.id}`, i);
    if (typeof m.groupInstanceId !== 'string') return;
    const other = firstWith.get(`instance:${m.groupInstanceId}`);
    if (other !== undefined) {
      report(
        `members[${i}].groupInstanceId`,
        `${got(m.groupInstanceId)} is also members[${other}]'s (static ids are unique)`,
      );
    } else firstWith.set(`instance:${m.groupInstanceId}`, i);
  });
  return { topics, members: members.filter((m): m is MemberSubscription => m !== null) };
}
