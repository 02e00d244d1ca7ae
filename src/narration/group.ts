/** Consumer-side narration: rebalances (with which partitions moved), membership, commits, errors. */
import type { SimEvent } from '../engine';
import { getOwn, setOwn } from '../engine';
import type { MessageKey } from '../i18n';
import { list, Narration, tp } from './types';

type Ev<T extends SimEvent['type']> = Extract<SimEvent, { type: T }>;

/** The coordinator's reasons (Kafka's log wording) mapped to sentences that can be translated. */
const REBALANCE_REASONS: [RegExp, string][] = [
  [/^(?:adding new member|member) (\S+)(?: joined)?$/, 'newMember'],
  [/^member (\S+) rejoined with new metadata$/, 'metadata'],
  [/^static member (\S+) rejoined$/, 'static'],
  [/^removing member (\S+):/, 'memberLeft'],
];

const REMOVAL_REASONS: [RegExp, string][] = [
  [/^LeaveGroup: the consumer is being closed$/, 'closed'],
  [/^LeaveGroup: consumer poll timeout has expired$/, 'pollTimeout'],
  [/^session timeout: no heartbeat for (\d+) ms$/, 'session'],
  [/rebalance timeout/, 'rebalanceTimeout'],
];

function classify(reasons: [RegExp, string][], text: string): { name: string; arg: string } {
  for (const [re, name] of reasons) {
    const m = re.exec(text);
    if (m) return { name, arg: m[1] ?? '' };
  }
  return { name: 'other', arg: text };
}

function stateChanged(n: Narration, e: Ev<'GroupStateChanged'>): void {
  if (e.to === 'PreparingRebalance') {
    const why = classify(REBALANCE_REASONS, e.reason);
    n.add(e.at, 'rebalanceStarted', `narr.rebalance.started.${why.name}` as MessageKey, {
      group: e.group,
      member: why.arg,
      reason: e.reason,
    });
  } else if (e.to === 'Empty' && e.from !== 'Dead') {
    n.add(e.at, 'groupEmpty', 'narr.group.empty', { group: e.group });
  } else if (e.to === 'Dead') {
    n.add(e.at, 'groupDead', 'narr.group.dead', { group: e.group });
  }
}

function rebalanceCompleted(n: Narration, e: Ev<'RebalanceCompleted'>): void {
  const before = getOwn(n.mem.assignments, e.group) ?? {};
  const after: Record<string, string> = {};
  for (const [member, partitions] of Object.entries(e.assignment))
    for (const p of partitions) after[p] = member;
  setOwn(n.mem.assignments, e.group, after); // a group may be named __proto__
  const base = { group: e.group, generation: e.generation, protocol: e.protocol, assignor: e.assignor };
  if (Object.keys(before).length === 0) {
    const shares = Object.entries(e.assignment).map(([m, ps]) => `${m}: ${ps.length ? list(ps) : '–'}`);
    n.add(e.at, 'rebalanceCompleted', 'narr.rebalance.formed', { ...base, assignment: shares.join('; ') });
    return;
  }
  const moved: string[] = [];
  const partitions = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(byPartition);
  for (const p of partitions)
    if (before[p] !== after[p]) moved.push(`${p} (${before[p] ?? '–'} → ${after[p] ?? '–'})`);
  if (moved.length === 0) n.add(e.at, 'rebalanceCompleted', 'narr.rebalance.done.none', base);
  else
    n.add(e.at, 'rebalanceCompleted', 'narr.rebalance.done.moved', {
      ...base,
      moved: moved.join(', '),
      count: moved.length,
    });
}

/** orders-2 before orders-10. */
function byPartition(a: string, b: string): number {
  const split = (s: string) => [s.slice(0, s.lastIndexOf('-')), Number(s.slice(s.lastIndexOf('-') + 1))];
  const [ta, pa] = split(a);
  const [tb, pb] = split(b);
  return ta === tb ? Number(pa) - Number(pb) : String(ta) < String(tb) ? -1 : 1;
}

export function narrateGroup(n: Narration, e: SimEvent): boolean {
  switch (e.type) {
    case 'GroupStateChanged':
      stateChanged(n, e);
      return true;
    case 'RebalanceCompleted':
      rebalanceCompleted(n, e);
      return true;
    case 'PartitionsRevoked':
      if (e.partitions.length === 0) return true;
      n.add(
        e.at,
        e.lost ? 'partitionsLost' : 'partitionsRevoked',
        e.lost ? 'narr.partitionsLost' : 'narr.partitionsRevoked',
        { group: e.group, member: e.member, partitions: list(e.partitions) },
        e.lost ? 'key' : 'detail',
      );
      return true;
    case 'PartitionsAssigned': {
      const none = e.partitions.length === 0;
      const key = none ? 'narr.partitionsAssigned.none' : 'narr.partitionsAssigned';
      const params = { group: e.group, member: e.member, partitions: list(e.partitions) };
      n.add(e.at, 'partitionsAssigned', key, params, 'detail');
      return true;
    }
    case 'MemberAdded':
      n.add(e.at, 'memberAdded', 'narr.memberAdded', { group: e.group, member: e.member }, 'detail');
      return true;
    case 'MemberRemoved': {
      const why = classify(REMOVAL_REASONS, e.reason);
      n.add(e.at, 'memberRemoved', `narr.memberRemoved.${why.name}` as MessageKey, {
        group: e.group,
        member: e.member,
        ms: why.arg,
        reason: e.reason,
      });
      return true;
    }
    case 'RecordsRedelivered':
      n.counted(`redelivered|${e.group}|${e.member}`, e.at, e.count, () => ({
        kind: 'recordsRedelivered',
        key: 'narr.redelivered',
        params: { group: e.group, member: e.member, partition: e.partition },
        importance: 'key',
      }));
      return true;
    case 'OffsetsCommitted':
      n.counted(`committed|${e.group}`, e.at, 1, () => ({
        kind: 'offsetsCommitted',
        key: 'narr.committed',
        params: {
          group: e.group,
          member: e.member,
          offsets: list(e.offsets.map((o) => `${tp(o.topic, o.partition)} → ${o.offset}`)),
        },
        importance: 'detail',
      }));
      return true;
    case 'CoordinatorMoved':
      n.add(e.at, 'coordinatorMoved', e.to < 0 ? 'narr.coordinatorMoved.none' : 'narr.coordinatorMoved', {
        group: e.group,
        to: e.to,
      });
      return true;
    case 'OffsetsExpired':
      n.add(e.at, 'offsetsExpired', 'narr.offsetsExpired', { group: e.group, count: e.partitions });
      return true;
    case 'ConsumerError':
      n.counted(`consumerError|${e.member}|${e.error}`, e.at, 1, () => ({
        kind: 'consumerError',
        key: 'narr.consumerError',
        params: { group: e.group, member: e.member, error: e.error },
        importance: 'key',
      }));
      return true;
    case 'FetchError':
      n.counted(`fetchError|${e.member}|${e.error}`, e.at, 1, () => ({
        kind: 'fetchError',
        key: 'narr.fetchError',
        params: { member: e.member, broker: e.broker, partition: tp(e.topic, e.partition), error: e.error },
        importance: 'key',
      }));
      return true;
    case 'OffsetReset':
      n.add(e.at, 'offsetReset', 'narr.offsetReset', {
        member: e.member,
        partition: tp(e.topic, e.partition),
        from: e.fromOffset,
        to: e.toOffset,
        policy: e.policy,
      });
      return true;
    default:
      return false;
  }
}
