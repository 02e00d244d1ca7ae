/**
 * Lessons are data: a lesson runs one scenario and walks the learner through ordered steps, each with
 * narration, a focus (which panels and which element), optional scripted actions, a condition to play
 * until, a question to predict before the outcome, and a goal the learner reaches with the real controls.
 */
import type { Action, SimEventType } from '../engine';

/** Every learner-facing text comes in English and Korean. May mark glossary terms as [[id]] or [[id|label]]. */
export interface Text {
  en: string;
  ko: string;
}

import type { PanelId } from '../scenarios/panels';

export type { PanelId };

/**
 * One element to draw the eye to. The views mark such elements with `data-focus="kind:id"`, e.g.
 * `slider:linger.ms`, `partition:0`, `broker:1`, `member:consumer-orders-app-1`, `panel:replication`.
 */
export type Highlight =
  { panel: PanelId } | { slider: string } | { partition: number } | { broker: number } | { member: string };

export type Op = '==' | '!=' | '>' | '>=' | '<' | '<=';
export type Json = number | string | boolean | null | Json[];

/**
 * A condition on the running simulation, checked after every change. Paths point into the read model
 * (`SimSnapshot`): dots between fields, `[id]` to pick an element by id (or `topic/partition`, or an index),
 * e.g. `groups[orders-app].classic.generation`, `partitions[orders/0].replication.isr`, `records.lostAfterAck`.
 */
export type Condition =
  /** At least `atLeast` (default 1) events of this type since the step began, whose fields equal `where`. */
  | { event: SimEventType; where?: Record<string, Json>; atLeast?: number }
  /** A value of the read model compared with a constant (arrays compare element by element). */
  | { value: string; op: Op; than: Json }
  /** How much a numeric value of the read model changed since the step began. */
  | { change: string; op: Op; than: number }
  /** The mean of a numeric event field over the matching events since the step began (needs `atLeast` of them). */
  | {
      average: SimEventType;
      field: string;
      where?: Record<string, Json>;
      atLeast: number;
      op: Op;
      than: number;
    }
  /** Simulated milliseconds since the step began. */
  | { elapsedMs: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export interface Predict {
  question: Text;
  /** Two to four answers; `answer` is the index of the one Kafka (and the simulation) shows. */
  choices: Text[];
  answer: number;
  /** Why, shown with the reveal. */
  explain: Text;
  /** What proves the answer in the run: checked when the step's `until` is reached (and by the lesson tests). */
  evidence: Condition;
}

export interface Goal {
  /** What the learner must do, with the real controls. */
  task: Text;
  /** Passed when the engine state proves it. */
  check: Condition;
  hint?: Text;
  /** What a learner would do to reach the goal (the lesson tests perform it; the app can show it after a while). */
  solution: Action[];
  /** Config keys the goal needs: shown as controls inside the lesson card. */
  controls?: string[];
}

export interface LessonStep {
  /** Short title of the step. */
  title: Text;
  narration: Text;
  /** Panels shown (default: the lesson's) and one element highlighted. */
  panels?: PanelId[];
  highlight?: Highlight;
  /** Interventions performed when the step starts (through the same action table as every other path). */
  actions?: Action[];
  /** Play until this holds, then pause and narrate `result`. Without it the step waits for "Next". */
  until?: Condition;
  /** The longest a step plays before the app gives up waiting (simulated ms; default 60 s). */
  withinMs?: number;
  /** Narrated once `until` is reached. */
  result?: Text;
  predict?: Predict;
  goal?: Goal;
}

export interface Lesson {
  id: string;
  title: Text;
  summary: Text;
  /** An example scenario id (src/scenarios/examples), or a scenario of its own (the scenario file format). */
  scenario: string | Record<string, unknown>;
  /** Panels shown by default. */
  panels: PanelId[];
  steps: LessonStep[];
  /** "What you saw". */
  recap: Text;
  /** Where the seed note says something Kafka does not do. */
  correction?: { note: Text; kafka: Text };
}
