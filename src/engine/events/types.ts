/**
 * What happened, as a typed union: views animate it, narration explains it, tests assert it.
 * Events are returned by `advance`; the engine does not keep them (memory stays flat over long runs).
 */
import type { SendReason } from '../model/state';
import type { ConfigValue } from '../config/types';
import type { GroupEvent } from './groupEvents';

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
  | { type: 'ConfigChanged'; at: number; target: string; key: string; value: ConfigValue }
  | { type: 'WorkloadChanged'; at: number; producer: string; recordsPerSec: number; valueBytes: number }
  | { type: 'PartitionsAdded'; at: number; topic: string; partitions: number }
  | GroupEvent;

export type SimEventType = SimEvent['type'];
