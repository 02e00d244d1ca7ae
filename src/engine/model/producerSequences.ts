/** TransactionManager's per-partition entry (TxnPartitionEntry) for an idempotent producer. */
export interface PartitionSequenceState {
  /** The producer id and epoch this partition's sequences belong to. */
  pid: number;
  epoch: number;
  /** Sequence for the next batch drained to this partition. */
  next: number;
  /** Last sequence the broker acknowledged (-1: none since the sequences started). */
  lastAcked: number;
  /** A batch failed or expired without the client knowing whether the broker wrote it. */
  unresolved: boolean;
}
