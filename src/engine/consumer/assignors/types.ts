/**
 * Plain-data types shared by the consumer partition assignors. Everything here is JSON-serialisable so
 * the engine, the CLI and the UI can pass assignments around without conversion.
 */

/** A topic partition as a `[topic, partition]` pair, the shape used in inputs and outputs. */
export type TopicPartitionPair = [topic: string, partition: number];

/** One group member's JoinGroup subscription, as seen by the group leader. */
export interface MemberSubscription {
  /** The member id the coordinator handed out (e.g. `consumer-app-1-5f2c…`). */
  id: string;
  /** Topics the member subscribes to (a set in the real client: duplicates are ignored). */
  topics: string[];
  /**
   * Partitions the member reports as previously owned. For `sticky` this is the previous assignment
   * it encodes in its user data; for `cooperative-sticky` it is the subscription's owned partitions.
   * Ignored by `range` and `roundrobin`.
   */
  owned?: TopicPartitionPair[];
  /** Generation in which `owned` was assigned; absent means "no generation" (Java's -1). */
  generation?: number;
  /** `group.instance.id` of a static member; only `range` and `roundrobin` look at it. */
  groupInstanceId?: string | null;
  /**
   * `client.rack`. Accepted but ignored: rack-aware assignment (KIP-881) also needs replica placement,
   * which this input does not carry. Java gives the same result whenever racks are absent or every
   * partition has a replica on every rack.
   */
  rackId?: string | null;
}

/** Everything an assignor needs: partition counts from metadata and every member's subscription. */
export interface AssignorInput {
  /** Partition count per topic; subscribed topics missing here (or with 0 partitions) are skipped. */
  topics: Record<string, number>;
  /** The group's members, in the order the coordinator listed them in the JoinGroup response. */
  members: MemberSubscription[];
}

/** Assignment per member id; every member is present and each list is sorted by topic, then partition. */
export type Assignment = Record<string, TopicPartitionPair[]>;

/** The built-in assignor names (`partition.assignment.strategy` values). */
export type AssignorStrategy = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';

/** Rebalance protocols, ordered as Java's `RebalanceProtocol` enum (higher = more advanced). */
export type RebalanceProtocol = 'EAGER' | 'COOPERATIVE';
