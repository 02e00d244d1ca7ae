import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRunCommand } from './run';

// The kip848-consumer-join example: a fourth member joins at 12 s (kafka-behaviour.md §4.10).
const example = readFileSync('src/scenarios/examples/kip848-consumer-join.json', 'utf8');
const read = () => example;

describe('cli run: a group.protocol=consumer group', () => {
  it('reports the protocol, group epoch, member epochs and reconciliation steps', () => {
    const r = runRunCommand(['kip848.json', '--until', '30000'], read);
    expect(r.exitCode).toBe(0);
    const g = JSON.parse(r.stdout).groups['orders-app'];
    expect(g.protocol).toBe('consumer');
    expect(g.assignor).toBe('uniform');
    expect(g.state).toBe('Stable');
    // Three joins at start-up, one at 12 s: four group epochs; every member caught up to it.
    expect(g.generation).toBe(4);
    expect(g.consumerProtocol.groupEpoch).toBe(4);
    expect(g.consumerProtocol.targetAssignmentEpoch).toBe(4);
    const members = Object.values(g.consumerProtocol.members) as { memberEpoch: number; state: string }[];
    expect(members).toHaveLength(4);
    expect(members.every((m) => m.memberEpoch === 4 && m.state === 'STABLE')).toBe(true);
    // The join at 12 s: one member revokes one partition, acknowledges, then the newcomer gets it.
    const after = (
      g.consumerProtocol.reconciliation as {
        at: number;
        kind: string;
        member: string;
        partitions: string[];
      }[]
    )
      .filter((e) => e.at >= 12_000)
      .map((e) => [e.kind, e.member, e.partitions.length]);
    expect(after).toEqual([
      ['joined', 'consumer-orders-app-4', 0],
      ['revoke', 'consumer-orders-app-3', 1],
      ['revoked', 'consumer-orders-app-3', 1],
      ['assign', 'consumer-orders-app-4', 1],
    ]);
  });

  it('leaves a classic group’s report without the consumerProtocol section', () => {
    const classic = readFileSync('src/scenarios/examples/s12-cooperative-join.json', 'utf8');
    const g = JSON.parse(runRunCommand(['s12.json', '--until', '5000'], () => classic).stdout).groups[
      'orders-app'
    ];
    expect(g.consumerProtocol).toBeUndefined();
    expect(g.protocol).not.toBe('consumer');
  });
});
