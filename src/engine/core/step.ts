/** The small toolbox every protocol step uses: schedule a task, emit an event, put a message on the wire. */
import type { SimEvent } from '../events/types';
import type { Message, SimState } from '../model/state';
import type { Task } from '../model/tasks';
import { pushEntry } from '../time/queue';
import { arrivalTime } from './network';

/** One simulation step's context: the state being changed and the events it produces. */
export interface Step {
  sim: SimState;
  out: SimEvent[];
}

/** Runs `task` at simulated time `at` (never earlier than now). */
export function schedule(sim: SimState, at: number, task: Task): void {
  pushEntry(sim.queue, { at: Math.max(at, sim.now), seq: sim.seq++, task });
}

export function newId(sim: SimState): number {
  return sim.nextId++;
}

/** Distributes Omit over a union, so each message kind keeps its own fields. */
type WithoutTiming<T> = T extends unknown ? Omit<T, 'id' | 'sentAt' | 'arriveAt'> : never;

/** Puts a message on the network; it is delivered after the scenario's one-way delay (plus any jitter, core/network.ts). */
export function sendMessage(sim: SimState, message: WithoutTiming<Message>): Message {
  // Callers pass a fresh object literal: stamping it in place avoids copying it (a hot path).
  const full = message as Message;
  full.id = newId(sim);
  full.sentAt = sim.now;
  full.arriveAt = arrivalTime(sim, full);
  sim.messages.push(full);
  schedule(sim, full.arriveAt, { kind: 'deliver', message: full.id });
  return full;
}

/** Removes a delivered message from the wire. */
export function takeMessage(sim: SimState, id: number): Message | undefined {
  const i = sim.messages.findIndex((m) => m.id === id);
  if (i < 0) return undefined;
  return sim.messages.splice(i, 1)[0];
}
