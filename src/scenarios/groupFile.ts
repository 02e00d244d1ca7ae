/**
 * The group description `assign` reads (members, their subscriptions and current assignment), as a zod
 * schema like the scenario format's: every problem names its JSON path, and says what was expected and
 * what was found.
 *
 * {"topics": {"t0": 3}, "members": [{"id": "C0", "topics": ["t0"], "owned": [["t0", 0]],
 *  "generation": 1, "groupInstanceId": null}]}   (owned, generation, groupInstanceId, rackId optional)
 */
import { z } from 'zod';
import type { AssignorInput, MemberSubscription, TopicPartitionPair } from '../engine/consumer/assignors';
import { formatPath } from './parse';

const MAX_INT = 2147483647; // partition counts, partitions and generations are Java ints
const MEMBER_FIELDS = ['id', 'topics', 'owned', 'generation', 'groupInstanceId', 'rackId'];

const isJavaInt = (v: unknown, min: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= MAX_INT;

/** A short rendering of the value found, for "expected …, got …". */
function got(v: unknown): string {
  if (v === undefined) return 'nothing';
  const json = JSON.stringify(v);
  return json.length > 40 ? `${json.slice(0, 37)}…` : json;
}

/** A value that must pass `test`; a failure reads "expected <what>, got <value>". */
const expecting = <T>(what: string, test: (v: unknown) => boolean) =>
  z.custom<T>(test, { error: (issue) => `expected ${what}, got ${got(issue.input)}` });

const pair = expecting<TopicPartitionPair>(
  'a [topic, partition] pair like ["t0", 0]',
  (p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && isJavaInt(p[1], 0),
);
const optionalString = expecting<string | null | undefined>(
  'a string or null',
  (v) => v === undefined || v === null || typeof v === 'string',
);

const memberSchema = z.strictObject(
  {
    id: expecting<string>('a non-empty member id string', (v) => typeof v === 'string' && v !== ''),
    topics: z.array(
      expecting<string>('a topic name (a string)', (t) => typeof t === 'string'),
      {
        error: (issue) => `expected an array of topic names, got ${got(issue.input)}`,
      },
    ),
    owned: z
      .array(pair, {
        error: (issue) => `expected an array of [topic, partition] pairs, got ${got(issue.input)}`,
      })
      .nullish(),
    generation: expecting<number | null | undefined>(
      'a whole number ≥ -1 or null',
      (v) => v === undefined || v === null || isJavaInt(v, -1),
    ).optional(),
    groupInstanceId: optionalString.optional(),
    rackId: optionalString.optional(),
  },
  {
    error: (issue) => `expected a member object like {"id": "C0", "topics": ["t0"]}, got ${got(issue.input)}`,
  },
);

// Topic names are user text: "__proto__" is a legal topic name, which a zod record would drop, so the
// topics object is checked entry by entry and copied with defineProperty (own properties only).
const topicsSchema = z
  .custom<Record<string, number>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
    error: (issue) => `expected an object mapping topic names to partition counts, got ${got(issue.input)}`,
  })
  .check((ctx) => {
    for (const [name, count] of Object.entries(ctx.value)) {
      if (!isJavaInt(count, 0))
        ctx.issues.push({
          code: 'custom',
          input: count,
          path: [name],
          message: `expected a partition count (a whole number ≥ 0), got ${got(count)}`,
        });
    }
  });

const groupFileSchema = z.object(
  {
    topics: z.unknown(),
    members: z.array(z.unknown(), {
      error: (issue) => `expected an array of members, got ${got(issue.input)}`,
    }),
  },
  { error: (issue) => `expected an object with "topics" and "members", got ${got(issue.input)}` },
);

type Issue = { code: string; message: string; path: PropertyKey[]; keys?: string[] };

/** One "path: problem" line per issue; an unknown key gets its own path. */
function lines(issues: readonly Issue[], prefix: PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const known = path.length === 0 ? '"topics" and "members"' : MEMBER_FIELDS.join(', ');
      return (issue.keys ?? []).map(
        (key) => `${formatPath([...path, key])}: unknown field (expected ${known})`,
      );
    }
    return [`${path.length ? formatPath(path) : '(top level)'}: ${issue.message}`];
  });
}

/** Owned pairs naming a partition past its topic's end, or listed twice ("path: problem" lines). */
function ownedProblems(owned: unknown, topics: Record<string, number>, member: number): string[] {
  if (!Array.isArray(owned)) return [];
  const problems: string[] = [];
  const seen = new Set<string>();
  owned.forEach((raw: unknown, k) => {
    if (!pair.safeParse(raw).success) return;
    const [topic, p] = raw as TopicPartitionPair;
    const at = `members[${member}].owned[${k}]`;
    const count = Object.hasOwn(topics, topic) ? topics[topic] : undefined;
    // A topic missing from "topics" is fine (a deleted topic); a partition number past the end is not.
    if (count !== undefined && p >= count)
      problems.push(`${at}: partition ${p} does not exist (topic ${got(topic)} has ${count} partitions)`);
    else if (seen.has(`${topic}\u0000${p}`)) problems.push(`${at}: ${got(raw)} is listed twice`);
    seen.add(`${topic}\u0000${p}`);
  });
  return problems;
}

/** Validates a parsed group file: the assignors' input, or "path: problem" lines. */
export function parseGroupFile(
  data: unknown,
): { ok: true; input: AssignorInput } | { ok: false; errors: string[] } {
  // Topics, unknown fields and members are checked independently, so one run lists every problem.
  const errors: string[] = [];
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const unknown = Object.keys(data).filter((key) => key !== 'topics' && key !== 'members');
    errors.push(...lines([{ code: 'unrecognized_keys', message: '', path: [], keys: unknown }]));
  }
  const root = groupFileSchema.safeParse(data);
  const checkedTopics = topicsSchema.safeParse(root.success ? root.data.topics : undefined);
  if (root.success && !checkedTopics.success) errors.push(...lines(checkedTopics.error.issues, ['topics']));
  if (!root.success) return { ok: false, errors: [...errors, ...lines(root.error.issues)] };
  // The valid entries of "topics", copied with defineProperty (own properties only), even if others are wrong.
  const topics: Record<string, number> = {};
  const rawTopics = root.data.topics;
  if (typeof rawTopics === 'object' && rawTopics !== null && !Array.isArray(rawTopics))
    for (const [name, count] of Object.entries(rawTopics))
      if (isJavaInt(count, 0)) Object.defineProperty(topics, name, { value: count, enumerable: true });

  const members = root.data.members.map((raw, i): MemberSubscription | null => {
    const member = memberSchema.safeParse(raw);
    // Partitions past a topic's end are reported even when the member has other problems.
    const before = errors.length;
    const rawOwned = typeof raw === 'object' && raw !== null ? (raw as { owned?: unknown }).owned : undefined;
    errors.push(...ownedProblems(rawOwned, topics, i));
    if (!member.success) errors.push(...lines(member.error.issues, ['members', i]));
    if (!member.success || errors.length > before) return null;
    const m = member.data;
    const owned = m.owned ?? [];
    return {
      id: m.id,
      topics: m.topics,
      owned: owned.map(([t, p]): TopicPartitionPair => [t, p]),
      ...(typeof m.generation === 'number' ? { generation: m.generation } : {}),
      groupInstanceId: m.groupInstanceId ?? null,
    };
  });

  // Member ids and static instance ids must be unique within a group.
  const firstWith = new Map<string, number>();
  members.forEach((m, i) => {
    if (!m) return;
    const first = firstWith.get(`id:${m.id}`);
    if (first !== undefined)
      errors.push(`members[${i}].id: duplicate member id ${got(m.id)} (also members[${first}])`);
    else firstWith.set(`id:${m.id}`, i);
    if (typeof m.groupInstanceId !== 'string') return;
    const other = firstWith.get(`instance:${m.groupInstanceId}`);
    if (other !== undefined)
      errors.push(
        `members[${i}].groupInstanceId: ${got(m.groupInstanceId)} is also members[${other}]'s (static ids are unique)`,
      );
    else firstWith.set(`instance:${m.groupInstanceId}`, i);
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, input: { topics, members: members.filter((m): m is MemberSubscription => m !== null) } };
}
