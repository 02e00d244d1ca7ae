/**
 * The most work a scenario (file, share link or CLI run) may ask for. A teaching tool never needs
 * more, and each is far above the examples; beyond them a small file or link could freeze the tab or
 * exhaust memory. The schema checks them before anything runs; the README's "Limits" table lists them.
 */
import { MAX_GROUP_MEMBERS } from '../engine';

export const LIMITS = {
  brokers: 9,
  topics: 100,
  partitionsPerTopic: 1000,
  /** Over all topics, including partitions a timeline adds. */
  partitionsTotal: 2000,
  producers: 100,
  consumerGroups: 100,
  /** Live consumers in one group (the engine refuses addConsumer beyond it too). */
  membersPerGroup: MAX_GROUP_MEMBERS,
  /** Consumers over all groups, at the start plus every addConsumer in the timeline. */
  membersTotal: 500,
  timelineActions: 2000,
  /** Records per second, per producer and summed over producers. */
  recordsPerSec: 1_000_000,
  /** Simulated run length (durationMs, the CLI's --until, one fastForward). */
  runMs: 30 * 24 * 3600 * 1000,
  /** Characters of `$schema` (an editor hint, never fetched). */
  schemaUrlChars: 500,
} as const;

export type LimitName = keyof typeof LIMITS;

/** The message for a value beyond a limit; it names the limit so the reader can look it up. */
export function limitMessage(name: LimitName, got: number): string {
  return `${got} is more than the limit ${name} = ${LIMITS[name]} (see "Limits" in the README)`;
}
