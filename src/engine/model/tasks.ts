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
  /** Replication: a follower sends its next fetch to a leader (after replica.fetch.backoff or a slow-down). */
  | { kind: 'replicaFetch'; follower: number; leader: number; incarnation: number }
  /** A parked replica fetch reaches replica.fetch.wait.max.ms. */
  | { kind: 'replicaFetchWaitExpired'; broker: number; fetch: number }
  /** A leader's periodic ISR check (every replica.lag.time.max.ms / 2). */
  | { kind: 'isrCheck'; broker: number; incarnation: number }
  /** The controller fences a broker whose heartbeats stopped (broker.session.timeout.ms). */
  | { kind: 'brokerSessionExpired'; broker: number; incarnation: number }
  /** The controller's preferred-leader check (auto.leader.rebalance.enable, leader.imbalance.check.interval.seconds). */
  | { kind: 'leaderBalanceCheck' }
  /** KRaft 3.9+: the controller's periodic unclean election for leaderless partitions (broker/uncleanCheck.ts). */
  | { kind: 'uncleanElectionCheck' }
  /** An acks=all request in the produce purgatory reaches its timeout. */
  | { kind: 'produceTimeout'; broker: number; delayed: number }
  /** The producer's timer: request.timeout.ms of in-flight requests and delivery.timeout.ms of batches. */
  | { kind: 'producerTimer'; producer: number }
  /** The producer notices its connection to a broker broke (crash, refused connection). */
  | { kind: 'connectionLost'; producer: number; broker: number; request: number }
  /** close(timeout) reaches its timeout: what is left is failed ("Producer is closed forcefully."). */
  | { kind: 'closeTimeout'; producer: number }
  /** A consumer's heartbeat thread wakes (heartbeat.interval.ms, max.poll.interval.ms check). */
  | { kind: 'heartbeat'; group: number; member: number; token: number }
  /** KIP-848: the coordinator checks a member's session or revocation deadline (consumerProtocol/). */
  | { kind: 'consumerGroupTimer'; group: number; memberId: string; timerEpoch: number }
  /** The coordinator checks a member's session.timeout.ms. */
  | { kind: 'sessionCheck'; group: number; memberId: string; epoch: number }
  /** The coordinator's join-phase timer (initial delay or rebalance timeout) ends. */
  | { kind: 'joinTimer'; group: number; token: number }
  /** A consumer's periodic metadata refresh that finds a topic's new partition count. */
  | { kind: 'metadataRefresh'; group: number; member: number }
  /** A producer's periodic metadata refresh (metadata.max.age.ms) that finds a topic's new partition count. */
  | { kind: 'producerMetadataRefresh'; producer: number }
  /** offsets.retention.check.interval.ms: the coordinator looks for expired offsets. */
  | { kind: 'offsetRetentionCheck'; group: number }
  /** A consumer's FindCoordinator: sent to a live broker, answered one network round trip later. */
  | { kind: 'findCoordinator'; group: number; member: number; token: number }
  /** A consumer's connection to its coordinator broke (the broker crashed or refused the request). */
  | {
      kind: 'coordinatorDisconnected';
      group: number;
      member: number;
      broker: number;
      commit: boolean;
      sync: boolean;
    }
  /** An action from the scenario's timeline. */
  | { kind: 'timeline'; index: number };
