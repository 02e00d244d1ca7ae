/**
 * What happened, as a typed union: views animate it, narration explains it, tests assert it.
 * Events are returned by `advance`; the engine does not keep them (memory stays flat over long runs).
 */
import type { SendReason } from '../model/state';
import type { ConfigValue } from '../config/types';
import type { GroupEvent } from './groupEvents';
import type { ActionErrorCode, ActionErrorParams } from '../actions/actionError';

export interface TopicPartitionRange {
  topic: string;
  partition: number;
  fromOffset: number;
  count: number;
}

export type SimEvent =
  /** Records entered the producer's accumulator (aggregated per partition within one send() burst). */
  | {
      type: 'RecordAppended';
      at: number;
      producer: string;
      topic: string;
      partition: number;
      count: number;
      bytes: number;
    }
  | {
      type: 'BatchCreated';
      at: number;
      producer: string;
      topic: string;
      partition: number;
      batch: number;
      capacity: number;
    }
  | {
      type: 'BatchSent';
      at: number;
      producer: string;
      topic: string;
      partition: number;
      batch: number;
      records: number;
      bytes: number;
      reason: SendReason;
      broker: number;
    }
  /** The leader wrote a batch to the partition log. */
  | {
      type: 'BatchAppended';
      at: number;
      producer: string;
      topic: string;
      partition: number;
      baseOffset: number;
      count: number;
    }
  | {
      type: 'ProduceAcked';
      at: number;
      producer: string;
      topic: string;
      partition: number;
      batch: number;
      baseOffset: number;
      records: number;
      avgLatencyMs: number;
    }
  | { type: 'SendFailed'; at: number; producer: string; error: string; message: string; records: number }
  | { type: 'SendBlocked'; at: number; producer: string; bufferUsed: number }
  | { type: 'FetchSent'; at: number; group: string; member: string; broker: number; partitions: number }
  | { type: 'RecordsFetched'; at: number; group: string; member: string; ranges: TopicPartitionRange[] }
  | { type: 'RecordsPolled'; at: number; group: string; member: string; ranges: TopicPartitionRange[] }
  | {
      type: 'OffsetsCommitted';
      at: number;
      group: string;
      member: string;
      offsets: { topic: string; partition: number; offset: number }[];
      auto: boolean;
    }
  | { type: 'ConsumerError'; at: number; group: string; member: string; error: string; message: string }
  /** A broker refused part of a fetch: it no longer leads the partition, or the offset is outside its log. */
  | {
      type: 'FetchError';
      at: number;
      group: string;
      member: string;
      broker: number;
      topic: string;
      partition: number;
      error: string;
    }
  /** auto.offset.reset moved a position that fell outside the log (OffsetOutOfRange). */
  | {
      type: 'OffsetReset';
      at: number;
      group: string;
      member: string;
      topic: string;
      partition: number;
      fromOffset: number;
      toOffset: number;
      policy: string;
    }
  | { type: 'ConfigChanged'; at: number; target: string; key: string; value: ConfigValue }
  | { type: 'WorkloadChanged'; at: number; producer: string; recordsPerSec: number; valueBytes: number }
  | { type: 'PartitionsAdded'; at: number; topic: string; partitions: number }
  /** A producer's metadata refresh found partitions it did not know (periodic, or forced by an error). */
  | {
      type: 'ProducerMetadataUpdated';
      at: number;
      producer: string;
      topic: string;
      partitions: number;
      reason: 'periodic' | 'error';
    }
  // Replication and failures (broker/*).
  | { type: 'ReplicaFetched'; at: number; broker: number; leader: number; records: number }
  | {
      type: 'IsrShrunk';
      at: number;
      topic: string;
      partition: number;
      broker: number;
      reason: 'lagging' | 'fenced';
      isr: number[];
    }
  | { type: 'IsrExpanded'; at: number; topic: string; partition: number; broker: number; isr: number[] }
  | {
      type: 'LeaderElected';
      at: number;
      topic: string;
      partition: number;
      leader: number;
      epoch: number;
      unclean: boolean;
    }
  | { type: 'PartitionOffline'; at: number; topic: string; partition: number }
  /** A replica cut its log back to the new leader's (records above it are gone from that replica). */
  | {
      type: 'LogTruncated';
      at: number;
      topic: string;
      partition: number;
      broker: number;
      toOffset: number;
      records: number;
    }
  | {
      type: 'RecordsLostAfterAck';
      at: number;
      topic: string;
      partition: number;
      producer: string;
      records: number;
    }
  | { type: 'BrokerCrashed'; at: number; broker: number }
  | { type: 'BrokerRestarted'; at: number; broker: number }
  | { type: 'BrokerFenced'; at: number; broker: number }
  | {
      type: 'FaultChanged';
      at: number;
      broker: number;
      fault: 'slow' | 'isolated' | 'dropResponse' | 'isrDip';
      value: number | boolean;
    }
  /** A produce attempt failed; `retrying` says whether the batch goes back for another attempt. */
  | {
      type: 'ProduceFailed';
      at: number;
      producer: string;
      topic: string;
      partition: number;
      batch: number;
      records: number;
      error: string;
      retrying: boolean;
      attempt: number;
    }
  /** flush() was called: `records` were buffered; FlushCompleted follows when all are acknowledged or failed. */
  | { type: 'FlushStarted'; at: number; producer: string; records: number }
  | { type: 'FlushCompleted'; at: number; producer: string }
  /** close() (timeoutMs null) or close(timeout) was called. */
  | { type: 'ProducerClosing'; at: number; producer: string; timeoutMs: number | null }
  /** The producer finished closing; `forced` when unfinished batches were failed. */
  | { type: 'ProducerClosed'; at: number; producer: string; forced: boolean; failed: number }
  /** The producer's process died: `lost` buffered records vanish without any callback. */
  | { type: 'ProducerKilled'; at: number; producer: string; lost: number }
  /** A timeline action the state no longer allows was skipped (the run goes on); `message` is English. */
  | {
      type: 'ActionRefused';
      at: number;
      action: string;
      code: ActionErrorCode;
      params: ActionErrorParams;
      message: string;
    }
  | GroupEvent;

export type SimEventType = SimEvent['type'];
