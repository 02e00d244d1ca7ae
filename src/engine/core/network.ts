/**
 * When a message on the wire arrives: the scenario's one-way delay, plus — when the simulator setting
 * `kafkascope.network.jitter.ms` is above 0 — an extra delay drawn from a seeded PRNG, so different seeds
 * explore different interleavings. Not a Kafka setting; it models network variation.
 *
 * TCP's truth is kept: Kafka clients and brokers talk over one TCP connection per pair, and a TCP stream
 * never reorders, so a message never arrives before an earlier message in the same direction of the same
 * connection (a jittered message waits behind its predecessor instead of overtaking it). Equal arrival
 * times keep send order because the event queue breaks ties by insertion order.
 */
import type { Message, SimState } from '../model/state';
import { createRng, nextInt } from '../random/prng';
import { configValue } from '../config/typedConfig';

export const JITTER_KEY = 'kafkascope.network.jitter.ms';

/** A fixed salt, so the network's draws are a stream of their own and leave the scenario's PRNG untouched. */
const NETWORK_STREAM = 0x6a177e4;

/**
 * One direction of one connection. A consumer's fetches, commits and group requests share a key per broker
 * (stricter than the Java client's separate coordinator connection, which only removes interleavings).
 */
export function connectionOf(m: Message): string {
  const client =
    'producer' in m ? `p${m.producer}` : 'follower' in m ? `b${m.follower}` : `g${m.group}.${m.member}`;
  return m.kind.endsWith('Request') ? `${client}>b${m.broker}` : `${client}<b${m.broker}`;
}

/** The arrival time of a message sent now (draws from the network's PRNG only when jitter is on). */
export function arrivalTime(sim: SimState, message: Message): number {
  const base = sim.now + sim.scenario.cluster.networkDelayMs;
  const jitter = configValue(sim.clusterConfig, JITTER_KEY) ?? 0;
  // Never jittered so far: a fixed delay cannot reorder anything, and no state is needed.
  if (jitter <= 0 && sim.network === undefined) return base;
  const net = (sim.network ??= {
    rng: createRng((sim.scenario.seed ^ NETWORK_STREAM) >>> 0),
    lastArrival: {},
  });
  const key = connectionOf(message);
  const drawn = jitter > 0 ? base + nextInt(net.rng, jitter + 1) : base;
  const at = Math.max(drawn, net.lastArrival[key] ?? 0);
  net.lastArrival[key] = at;
  return at;
}
