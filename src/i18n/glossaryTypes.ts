/** Types of the glossary: every Kafka term the app explains, by id, and one entry's shape. */
import type { Lang } from './types';

export type ProducerTermId =
  | 'record'
  | 'key'
  | 'topic'
  | 'partition'
  | 'offset'
  | 'producer'
  | 'batch'
  | 'linger'
  | 'batchSize'
  | 'bufferMemory'
  | 'stickyPartitioning'
  | 'roundRobin'
  | 'murmur2'
  | 'hotKey'
  | 'serializer'
  | 'compression'
  | 'acks'
  | 'retries'
  | 'deliveryTimeout'
  | 'idempotence'
  | 'inFlight'
  | 'rodeAlong';

export type BrokerTermId =
  | 'broker'
  | 'leader'
  | 'follower'
  | 'replica'
  | 'replicationFactor'
  | 'isr'
  | 'minIsr'
  | 'hw'
  | 'leo'
  | 'uncleanElection'
  | 'epoch';

export type ConsumerTermId =
  | 'consumer'
  | 'fetch'
  | 'poll'
  | 'consumerGroup'
  | 'groupCoordinator'
  | 'groupLeader'
  | 'generation'
  | 'rebalance'
  | 'eagerRebalance'
  | 'cooperativeRebalance'
  | 'assignor'
  | 'heartbeat'
  | 'sessionTimeout'
  | 'maxPollInterval'
  | 'commit'
  | 'autoCommit'
  | 'autoOffsetReset'
  | 'lag'
  | 'recordsLag'
  | 'position'
  | 'offsetsRetention'
  | 'staticMembership';

/** The record ledger's counters and the leader's view of a follower (glossaryLedger.ts). */
export type LedgerTermId =
  'ledgerAppended' | 'ledgerReplicated' | 'ledgerBelowHw' | 'ledgerAcked' | 'ledgerFailed' | 'leaderKnownEnd';

export type TermId = ProducerTermId | BrokerTermId | ConsumerTermId | LedgerTermId;

export interface GlossaryEntry {
  /** The term's name as a learner meets it (Kafka's own word kept in Latin letters in Korean too). */
  term: Record<Lang, string>;
  /** One to three short sentences in plain language. */
  definition: Record<Lang, string>;
  seeAlso?: TermId[];
}
