/**
 * Replica placement as Kafka's rack-unaware assignment does it (AdminUtils.assignReplicasToBrokersRackUnaware,
 * the rule `kafka-topics --create` used for years): partition p's first replica is broker (p + start) % n;
 * the other replicas follow it, spaced by a shift that grows by one every n partitions, so followers of
 * consecutive "rounds" land on different brokers. Kafka draws `start` and the shift at random unless a
 * fixed start index is given; we use the fixed start index 0 so every run shows the same layout.
 * The first replica is the preferred leader.
 */

/** Replica lists for partitions `from`…`from + count − 1` over brokers 0…n−1. */
export function assignReplicas(
  count: number,
  replicationFactor: number,
  brokers: number,
  from = 0,
): number[][] {
  const start = 0;
  const out: number[][] = [];
  let shift = start + Math.floor(from / brokers);
  for (let p = from; p < from + count; p++) {
    if (p > from && p % brokers === 0) shift++;
    const first = (p + start) % brokers;
    const replicas = [first];
    for (let j = 0; j < replicationFactor - 1; j++) {
      replicas.push((first + 1 + ((shift + j) % (brokers - 1))) % brokers);
    }
    out.push(replicas);
  }
  return out;
}
