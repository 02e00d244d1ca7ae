/** Why an intervention was refused (engine ActionError codes), translated when a notice is shown. */
// i18n is a leaf (it imports nothing from the engine); actionErrorCatalogue.test.ts checks that every
// engine ActionError code has an entry here.

export const actionErrorEn = {
  'actionError.noProducer': 'There is no producer “{producer}”.',
  'actionError.noGroup': 'There is no consumer group “{group}”.',
  'actionError.noTopic': 'There is no topic “{topic}”.',
  'actionError.noMember': 'Group “{group}” has no consumer “{member}”.',
  'actionError.noBroker': 'There is no broker {broker} (brokers are 0–{max}).',
  'actionError.unknownConfig': 'Unknown {scope} setting "{key}".',
  'actionError.unknownConfigHint': 'Unknown {scope} setting "{key}" — did you mean "{hint}"?',
  'actionError.badValue': '{key}: {detail}',
  'actionError.configRefused': 'Kafka refuses this setting: {detail}',
  'actionError.partitionsNotIncreased':
    'Kafka can only add partitions: the topic has {current}, so {requested} is not an increase.',
  'actionError.memberLimit': 'A group in KafkaScope holds at most {max} consumers.',
  'actionError.memberNotRunning':
    '{member} is not running: start a consumer with this group.instance.id instead.',
  'actionError.notNonNegative': '{field}: expected a number ≥ 0, got {got}.',
  'actionError.notNonNegativeInt': '{field}: expected a whole number ≥ 0, got {got}.',
  'actionError.badCommitMode': 'Commit mode: expected none, commitSync or commitAsync, got {got}.',
  'actionError.emptySubscription': 'Subscribe to at least one topic.',
  'actionError.fastForwardRange': 'Fast-forward: expected whole milliseconds between 0 and {max}, got {got}.',
  'actionError.refusedAt': 'Skipped the scheduled {action} at {time}: {reason}',
} satisfies Record<string, string>;
