/** English text of "Export config" in the Share dialog (merged into en.ts). */
export const exportEn = {
  'export.title': 'Export config',
  'export.help':
    'The producer and consumer settings that differ from Kafka {version}’s defaults, ready for a real client. Keys a client does not have are listed in a comment.',
  'export.format': 'Format',
  'export.format.properties': 'Java .properties',
  'export.format.kafka-python': 'kafka-python',
  'export.format.confluent-kafka': 'confluent-kafka (librdkafka)',
  'export.text': 'Exported settings',
  'export.copy': 'Copy',
  'export.download': 'Download',
};
