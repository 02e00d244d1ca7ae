/** Messages on the simulated wire between clients and brokers. (Split from state.ts, which re-exports everything.) */
import type { FetchPartitionError, ProduceResult } from './brokerState';
import type { FetchedSlice } from './consumerState';
import type { GroupMessage } from './group';
import type { ConsumerProtocolMessage } from './consumerProtocol';
import type { WireBatch } from './producerState';

interface MessageBase {
  id: number;
  sentAt: number;
  arriveAt: number;
}

export type Message =
  | (MessageBase & {
      kind: 'produceRequest';
      producer: number;
      broker: number;
      acks: string;
      batches: WireBatch[];
      timeoutMs?: number;
    })
  | (MessageBase & {
      kind: 'produceResponse';
      producer: number;
      broker: number;
      results: ProduceResult[];
      /** The request this answers (its message id). */
      request?: number;
    })
  | (MessageBase & {
      kind: 'replicaFetchRequest';
      follower: number;
      broker: number;
      incarnation: number;
      partitions: { topic: string; partition: number; offset: number; epoch: number }[];
    })
  | (MessageBase & {
      kind: 'replicaFetchResponse';
      follower: number;
      broker: number;
      incarnation: number;
      slices: {
        topic: string;
        partition: number;
        fromOffset: number;
        toOffset: number;
        epoch: number;
        highWatermark: number;
      }[];
    })
  | (MessageBase & {
      kind: 'fetchRequest';
      group: number;
      member: number;
      broker: number;
      partitions: { topic: string; partition: number; offset: number }[];
    })
  | (MessageBase & {
      kind: 'fetchResponse';
      group: number;
      member: number;
      broker: number;
      slices: FetchedSlice[];
      /** Partitions the broker refused: it does not lead them, or the offset is outside its log. */
      errors?: FetchPartitionError[];
    })
  | (MessageBase & {
      kind: 'commitRequest';
      group: number;
      member: number;
      broker: number;
      offsets: { topic: string; partition: number; offset: number }[];
      auto: boolean;
      memberId?: string;
      generation?: number;
      /** commitSync (the application waits for the answer) rather than commitAsync. */
      sync?: boolean;
    })
  | GroupMessage
  | ConsumerProtocolMessage;
