/**
 * What moves between two read models: the clock, the messages on the wire and the batches filling each
 * producer's accumulator. While playing, the store publishes this every frame and the whole read model
 * (`snapshot`, ~2 ms for classroom-scale in a browser) only a few times a second, so the dots and
 * countdowns stay smooth without rebuilding every partition, replica and group each frame.
 * `liveView(sim)` equals `liveOf(snapshot(sim))` (tested), so both show the same facts.
 */
import type { SimState } from './model/state';
import type { AccumulatorBatchView, SimSnapshot } from './snapshot';
import { describeMessage, type MessageView } from './snapshotMessages';
import { accumulatorBatchViews } from './snapshotProducer';
import { shareStructure } from './snapshotShare';

export interface LiveView {
  now: number;
  messages: MessageView[];
  /** Per producer (in scenario order), the batches open in its accumulator. */
  accumulators: AccumulatorBatchView[][];
}

/** The live view of the simulation as it is now; unchanged parts keep `previous`'s objects. */
export function liveView(sim: SimState, previous?: LiveView): LiveView {
  const next: LiveView = {
    now: sim.now,
    messages: sim.messages.map((m) => describeMessage(sim, m)),
    accumulators: sim.producers.map(accumulatorBatchViews),
  };
  return previous ? shareStructure(previous, next) : next;
}

/** The live part of a whole read model (the same objects), sharing with `previous` where equal. */
export function liveOf(snap: SimSnapshot, previous?: LiveView): LiveView {
  const next: LiveView = {
    now: snap.now,
    messages: snap.messages,
    accumulators: snap.producers.map((p) => p.batches),
  };
  return previous ? shareStructure(previous, next) : next;
}
