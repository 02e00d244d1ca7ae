/** Producer helpers the views and the CLI use: exact key bytes, murmur2 steps, value bytes, codec table. */
export { murmur2, toPositive, explainKeyPartition } from './partitioning/murmur2';
export { toHex } from './serializers';
export { serializeKey, valueBytesOf, valueLength, type SerializerName } from './recordContent';
export { CODECS, compressionRatio, type Codec } from './compression';
export { RECORD_BATCH_OVERHEAD } from './recordSize';
export type { RecordSample, SentBatchDetail, ProducerLifecycle } from '../model/state';
export type { PartitionerKind } from './partitioning/types';
