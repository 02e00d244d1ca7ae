/**
 * The shape of the Kafka store, one interface per slice (simulation, playback, timeline, UI).
 * The slices are written in their own files and composed into one store by `kafkaStore.ts`;
 * callers see one flat state. Kept in a leaf module so the slice files never import each other.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Action, DiscardedFuture, LiveView, Scenario, SimEvent, SimSnapshot } from '../engine';
import type { Lang } from '../i18n/types';
import type { NarrationEntry } from '../narration/narrate';
import type { MetricsSample } from './metrics';
import type { NoticeContent } from './noticeText';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  /** The text in the language of the moment it was shown (the view re-translates `content`). */
  text: string;
  content: NoticeContent;
}

/** The running simulation: what it is, its read model, and the interventions on it. */
export interface SimulationSlice {
  scenarioId: string;
  scenario: Scenario;
  /**
   * The read model the panels' text shows. While playing it is rebuilt a few times a second (the
   * driver says when), not every frame; paused, stepping, seeking or after an action it is current.
   */
  snap: SimSnapshot;
  /** What moves, every frame: the clock, messages on the wire, accumulators (`useKafkaMotion`). */
  live: LiveView;
  /** The most recent events, oldest first (for the event log and animations). */
  recent: SimEvent[];
  series: MetricsSample[];
  /** "What just happened": the most recent narration entries, oldest first. */
  narration: NarrationEntry[];
  /** What the last step() did (its narration, else a plain description of its raw events). */
  lastStep: NarrationEntry[] | null;
  /** Embeds can forbid interventions: the picture plays, the settings stay as authored. */
  readOnly: boolean;
  /** Applies an intervention; invalid ones become an error notice and change nothing. */
  act(action: Action): boolean;
  loadScenario(id: string, scenario: Scenario): void;
  restart(): void;
  /** Calls `listener` with the events of every change (for lessons); returns the unsubscribe. */
  onEvents(listener: (events: readonly SimEvent[]) => void): () => void;
  /** Brings `snap` up to the simulation's present if playback left it behind (for a reader that needs it now). */
  catchUp(): void;
}

/** Playing simulated time forward: play/pause, speed, stepping, the loop. */
export interface PlaybackSlice {
  playing: boolean;
  /** Simulated milliseconds per wall millisecond. */
  speed: number;
  /** When set, playback jumps back to this time on reaching the scenario's duration. */
  loopFromMs: number | null;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  /**
   * Advances simulated time by `ms` (the driver calls this every frame while playing). With `'live'`
   * only `live` is published, and `snap` waits for a later call without it (or `catchUp`).
   */
  advanceBy(ms: number, publish?: 'live'): void;
  /** Jumps to the next thing that happens. */
  step(): void;
  setLoop(fromMs: number | null): void;
}

/** Time travel: the recorded interventions, seeking, stepping back, undoing a fork. */
export interface TimelineSlice {
  /** The furthest simulated time reached: the scrubber runs from 0 to here. */
  horizon: number;
  /** Simulated times of the interventions recorded so far (marks on the scrubber). */
  recordedTimes: number[];
  /** The last future a fork discarded; while set, undoFork() can bring it back. */
  lastFork: DiscardedFuture | null;
  /** Goes back to the latest moment before now when something happened. */
  stepBack(): void;
  /** Travels to simulated time `ms` (restores a checkpoint, then re-simulates to it). */
  seek(ms: number): void;
  /** The scenario with every recorded intervention in its timeline (for export and sharing). */
  recordedScenario(): Scenario;
  /** Takes back the intervention that forked the timeline and restores the future it discarded. */
  undoFork(): void;
}

/** What the learner is looking at: language, notices, selections, the open dialog. */
export interface UiSlice {
  lang: Lang;
  notices: Notice[];
  selectedPartition: number | null;
  /** The producer the producer views show; null (or an id no longer present) means the first one. */
  selectedProducer: string | null;
  /** Which dialog is open over this visualiser, if any. */
  dialog: 'shortcuts' | 'share' | 'course' | 'restart' | 'glossary' | null;
  openDialog(dialog: UiSlice['dialog']): void;
  /**
   * Switches the language; a catalogue not yet downloaded is loaded first (meanwhile `langLoading` names
   * it and every string stays in the current language).
   */
  setLang(lang: Lang): void;
  /** The language whose catalogue is being downloaded for a switch, else null. */
  langLoading: Lang | null;
  /** Shows a notice: finished text, or a message key / engine refusal translated when shown. */
  notify(kind: Notice['kind'], content: string | NoticeContent): void;
  dismissNotice(id: number): void;
  selectPartition(partition: number | null): void;
  selectProducer(producerId: string | null): void;
}

export type KafkaStoreState = SimulationSlice & PlaybackSlice & TimelineSlice & UiSlice;

export interface StoreOptions {
  scenarioId: string;
  scenario: Scenario;
  lang: Lang;
  speed?: number;
  readOnly?: boolean;
}

export type StoreSet = StoreApi<KafkaStoreState>['setState'];
export type StoreGet = StoreApi<KafkaStoreState>['getState'];
