/** Consumer-group interventions (members are named by client.id, e.g. "consumer-orders-app-2"). */
export type GroupAction =
  /** Start one more consumer in the group (optionally a static member with this group.instance.id). */
  | { action: 'addConsumer'; group: string; groupInstanceId?: string }
  /**
   * Set group.instance.id (null: none, a dynamic member). A client reads it once, so this restarts that
   * consumer: close() (no LeaveGroup for a static member), then a new process with the new id.
   */
  | { action: 'setGroupInstanceId'; group: string; member: string; groupInstanceId: string | null }
  /** Graceful shutdown: wakeup() then close() — commit, LeaveGroup, immediate rebalance. */
  | { action: 'stopConsumer'; group: string; member: string }
  /** kill -9: no commit, no LeaveGroup; the coordinator waits for session.timeout.ms. */
  | { action: 'crashConsumer'; group: string; member: string }
  /** The application now spends this long per record (a slow consumer). */
  | { action: 'slowConsumer'; group: string; member: string; processingMsPerRecord: number }
  /**
   * How the application commits after processing each poll() batch: not at all (auto-commit only, when
   * enable.auto.commit is true), commitSync() (blocks until the coordinator answers) or commitAsync().
   */
  | { action: 'setCommitMode'; group: string; mode: 'none' | 'commitSync' | 'commitAsync' }
  /** Every member calls subscribe() with these topics. */
  | { action: 'changeSubscription'; group: string; topics: string[] }
  /** Jump ahead in simulated time (e.g. "skip 8 days" to watch offset retention). */
  | { action: 'fastForward'; ms: number };
