/** "Export config": the running producer and consumer settings as Java, kafka-python or librdkafka config. */
export {
  collectSettings,
  BROKER_SIDE_KEYS,
  type ClientSettings,
  type ExportInput,
  type Setting,
} from './collect';
export { exportConfig, EXPORT_FORMATS, type ExportFormat } from './formats';
export { KAFKA_PYTHON_DEFAULTS, KAFKA_PYTHON_TABLE, LIBRDKAFKA_DEFAULTS, LIBRDKAFKA_TABLE } from './mappings';
