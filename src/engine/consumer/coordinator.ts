import type { SimState } from '../model/state';

/** Java's String.hashCode (UTF-16 code units, 32-bit overflow). */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * The group's coordinator: the leader of __consumer_offsets partition abs(hash(groupId)) % 50.
 * (Until replica placement is modelled, that partition's leader is taken as partition % brokers.)
 */
export function coordinatorFor(sim: SimState, groupId: string): number {
  const hash = javaStringHash(groupId);
  // Kafka's Utils.abs maps Integer.MIN_VALUE to 0.
  const offsetsPartition = (hash === -2147483648 ? 0 : Math.abs(hash)) % 50;
  return offsetsPartition % sim.brokers.length;
}
