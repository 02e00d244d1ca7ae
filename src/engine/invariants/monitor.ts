/**
 * Watches one run: call `observe(events)` after every step with the events that step returned; it checks
 * every invariant in this folder and returns the violations. Conditions that a promise depends on (acks=all,
 * brokers away, idempotence) are tracked over the whole run: once broken, that promise is no longer checked.
 */
import type { SimEvent } from '../events/types';
import type { SimState } from '../model/state';
import { snapshot } from '../snapshot';
import { checkFinite } from './finite';
import {
  checkConsumerProtocolEpochs,
  checkConsumerProtocolOwnership,
  checkConvergence,
  checkRevocationTimeout,
  newConsumerProtocolMemory,
} from './consumerProtocolChecks';
import { checkCommittedMonotone, checkSingleOwnership, resetsIn, type CommittedMemory } from './groupChecks';
import {
  checkAcknowledgedKept,
  checkHighWatermark,
  checkIdempotentLog,
  durabilityPromised,
  fencingFailures,
  type HighWatermarkMemory,
} from './replicationChecks';
import type { Violation } from './types';

/** Settings whose live change ends the idempotence promise for the rest of the run. */
const IDEMPOTENCE_KEYS = new Set(['enable.idempotence', 'acks', 'max.in.flight.requests.per.connection']);
/** How long after the cluster is whole again fencing errors may still surface (slack over request.timeout.ms). */
const SETTLE_SLACK_MS = 5_000;

export interface InvariantMonitor {
  /** Checks the state after a step; `deep` also walks the read model for NaN/Infinity. */
  observe(events: readonly SimEvent[], deep?: boolean): Violation[];
}

function clusterWhole(sim: SimState): boolean {
  return sim.brokers.every((b) => b.replication.alive && !b.replication.fenced && !b.replication.isolated);
}

export function createInvariantMonitor(sim: SimState): InvariantMonitor {
  const hw: HighWatermarkMemory = new Map();
  const committed: CommittedMemory = new Map();
  const kip848 = newConsumerProtocolMemory();
  const promised = new Set(sim.topics.filter((t) => durabilityPromised(sim, t)).map((t) => t.name));
  const idempotent = new Set(sim.producers.filter((p) => p.delivery.idempotent).map((p) => p.id));
  let wholeSince: number | null = 0;
  let uncleanSeen = false;
  /** Fencing failures per producer counted once the cluster had been whole long enough. */
  const fencingBaseline = new Map<string, number>();

  function trackConditions(events: readonly SimEvent[]): void {
    for (const t of sim.topics) if (!durabilityPromised(sim, t)) promised.delete(t.name);
    for (const e of events) {
      if (e.type === 'ConfigChanged' && e.target.startsWith('producer:') && IDEMPOTENCE_KEYS.has(e.key))
        idempotent.delete(e.target.slice('producer:'.length));
      if (e.type === 'LogTruncated' || e.type === 'RecordsLostAfterAck') uncleanSeen = true;
    }
    for (const p of sim.producers) if (!p.delivery.idempotent) idempotent.delete(p.id);
  }

  function checkFencing(): Violation[] {
    if (!clusterWhole(sim)) {
      wholeSince = null;
      fencingBaseline.clear();
      return [];
    }
    wholeSince ??= sim.now;
    if (uncleanSeen) return [];
    const out: Violation[] = [];
    for (const p of sim.producers) {
      if (!idempotent.has(p.id) || p.lifecycle !== 'running') continue;
      const settle = Number(p.config['request.timeout.ms']) + SETTLE_SLACK_MS;
      if (sim.now - wholeSince < settle) continue;
      const failures = fencingFailures(p);
      const base = fencingBaseline.get(p.id);
      if (base === undefined) fencingBaseline.set(p.id, failures);
      else if (failures > base) {
        out.push({
          invariant: 'spuriousFencing',
          at: sim.now,
          detail: `producer ${p.id}: ${failures - base} records failed with ${JSON.stringify(p.stats.errors)} although the cluster has been whole since ${wholeSince} ms`,
        });
        fencingBaseline.set(p.id, failures);
      }
    }
    return out;
  }

  return {
    observe(events, deep = false) {
      trackConditions(events);
      const out = [
        ...checkHighWatermark(sim, hw),
        ...checkAcknowledgedKept(sim, promised),
        ...checkIdempotentLog(sim, idempotent),
        ...checkFencing(),
        ...checkSingleOwnership(sim),
        ...checkCommittedMonotone(sim, committed, resetsIn(sim, events)),
        ...checkConsumerProtocolOwnership(sim),
        ...checkConsumerProtocolEpochs(sim, kip848),
        ...checkRevocationTimeout(sim, kip848),
        ...checkConvergence(sim, kip848),
      ];
      if (deep) out.push(...checkFinite('snapshot', snapshot(sim), sim.now));
      return out;
    },
  };
}
