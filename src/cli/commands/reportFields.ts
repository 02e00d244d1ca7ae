/** What each field of the `run` report counts (printed by `run --help`, mirrored in README "CLI"). */
export const REPORT_FIELDS = `Report fields (records are counted one by one, never per batch):
producers.<id>
  sent        records the application passed to send() that the call finished with (= appended + rejected)
  appended    records send() put into the accumulator; only these can be acked, fail later or be lost
  rejected    records send() refused before the accumulator (RecordTooLargeException,
              BufferExhaustedException after max.block.ms, SerializationException, closed); also in failed
  acked       records a broker acknowledged (acks=0: when sent)
  failed      records whose send failed for good: rejected + appended ones whose batch failed
              (e.g. expired unsent after delivery.timeout.ms); never more than sent
  lost        appended records the process dropped without a callback (killed, or close(0))
  errors      failed records by exception name
groups.<id>
  consumed             records poll() returned; consumedByMember: the same per client.id
  errors               consumer-side errors by exception name: fetch errors (NotLeaderOrFollowerException,
                       OffsetOutOfRangeException), commit errors (CommitFailedException,
                       RebalanceInProgressException, RetriableCommitFailedException, TimeoutException),
                       coordinator errors (NotCoordinatorException, CoordinatorNotAvailableException,
                       DisconnectException) and NoOffsetForPartitionException
  skippedByLatestReset records below the high watermark that auto.offset.reset=latest jumped over
  rebalanceHistory[]   per rebalance: revoked (client.id -> partitions it gave up; EAGER: all it owned,
                       COOPERATIVE: only those moving) and paused (partition -> ms without a consuming
                       member, for the pauses this rebalance ended)
  pausedNow            partition -> ms, pauses still running; totalPauseMs sums all pauses
records
  produced = sum of producers' sent; acked, failed, consumed: sums; lostAfterAck: acknowledged records a
  truncation removed
`;
