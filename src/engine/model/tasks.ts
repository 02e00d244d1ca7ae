/** What the event queue holds: small plain records naming what to do when they come due. */
export type Task =
  /** The producer's application thread calls send() for the records that are due. */
  | { kind: 'workloadTick'; producer: number; token: number }
  /** The producer's sender thread wakes (linger expired, memory freed, response arrived). */
  | { kind: 'senderWake'; producer: number }
  /** A message in flight reaches its destination. */
  | { kind: 'deliver'; message: number }
  /** A parked (long-poll) fetch reaches fetch.max.wait.ms. */
  | { kind: 'fetchWaitExpired'; broker: number; fetch: number }
  /** A consumer's application thread calls poll() again (or its poll timeout ends). */
  | { kind: 'poll'; group: number; member: number; token: number }
  /** A blocked send() reaches max.block.ms. */
  | { kind: 'blockExpired'; producer: number; token: number }
  /** A consumer's heartbeat thread wakes (heartbeat.interval.ms, max.poll.interval.ms check). */
  | { kind: 'heartbeat'; group: number; member: number; token: number }
  /** The coordinator checks a member's session.timeout.ms. */
  | { kind: 'sessionCheck'; group: number; memberId: string }
  /** The coordinator's join-phase timer (initial delay or rebalance timeout) ends. */
  | { kind: 'joinTimer'; group: number; token: number }
  /** offsets.retention.check.interval.ms: the coordinator looks for expired offsets. */
  | { kind: 'offsetRetentionCheck'; group: number }
  /** An action from the scenario's timeline. */
  | { kind: 'timeline'; index: number };
