/** What an invariant check reports: which promise broke, when, and the facts that show it. */
export type InvariantName =
  | 'highWatermarkAboveIsrEnd'
  | 'highWatermarkWentBack'
  | 'acknowledgedRecordLost'
  | 'idempotentDuplicate'
  | 'idempotentReordered'
  | 'spuriousFencing'
  | 'partitionOwnedTwice'
  | 'committedOffsetWentBack'
  | 'epochWentBack'
  | 'revocationNotFenced'
  | 'assignmentNotConverged'
  | 'nonFiniteNumber'
  | 'exceptionEscaped'
  | 'reportDependsOnSlicing';

export interface Violation {
  invariant: InvariantName;
  /** Simulated time of the check that saw it. */
  at: number;
  detail: string;
}
