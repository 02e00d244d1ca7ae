import { describe, expect, it } from 'vitest';
import { assignReplicas } from './placement';

describe('rack-unaware replica placement (AdminUtils, fixed start index 0)', () => {
  it('spreads leaders round-robin and puts followers on the next brokers', () => {
    expect(assignReplicas(3, 3, 3)).toEqual([
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
    ]);
  });

  it('shifts the followers by one broker after every n partitions', () => {
    // 5 brokers, RF 3: partitions 5–9 start the second round with shift 1.
    const r = assignReplicas(10, 3, 5);
    expect(r[0]).toEqual([0, 1, 2]);
    expect(r[4]).toEqual([4, 0, 1]);
    expect(r[5]).toEqual([0, 2, 3]);
    expect(r[9]).toEqual([4, 1, 2]);
  });

  it('never places two replicas of a partition on one broker', () => {
    for (let n = 1; n <= 9; n++)
      for (let rf = 1; rf <= n; rf++)
        for (const replicas of assignReplicas(40, rf, n)) expect(new Set(replicas).size).toBe(rf);
  });

  it('added partitions continue the same pattern', () => {
    expect(assignReplicas(4, 2, 3, 6)).toEqual(assignReplicas(10, 2, 3).slice(6));
  });
});
