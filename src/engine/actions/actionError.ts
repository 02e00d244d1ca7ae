/**
 * Why an action was refused, as a code with parameters. The engine stays free of i18n: the UI
 * translates `code` + `params` when it shows the notice (so a language switch re-translates it), and
 * the CLI prints `message`, the English text built here.
 */
export type ActionErrorParams = Record<string, string | number>;

const ENGLISH = {
  noProducer: 'no producer "{producer}"',
  noGroup: 'no consumer group "{group}"',
  noTopic: 'no topic "{topic}"',
  noMember: 'group "{group}" has no consumer "{member}"',
  noBroker: 'broker: expected a broker id from 0 to {max}, got {broker}',
  unknownConfig: 'unknown {scope} config "{key}"',
  unknownConfigHint: 'unknown {scope} config "{key}" (did you mean "{hint}"?)',
  badValue: '{key}: {detail}',
  /** A rule Kafka's client or broker enforces; `detail` is Kafka's own message (English there too). */
  configRefused: '{detail}',
  partitionsNotIncreased:
    "partitions: Kafka can only increase a topic's partition count (now {current}), got {requested}",
  memberLimit: 'a group in KafkaScope holds at most {max} consumers',
  memberNotRunning: '{member} is not running: start a consumer with this group.instance.id instead',
  notNonNegative: '{field}: expected a number ≥ 0, got {got}',
  notNonNegativeInt: '{field}: expected an integer ≥ 0, got {got}',
  badCommitMode: 'mode: expected none, commitSync or commitAsync, got {got}',
  emptySubscription: 'topics: subscribe to at least one topic',
  fastForwardRange: 'ms: expected an integer between 0 and {max}, got {got}',
} as const;

export type ActionErrorCode = keyof typeof ENGLISH;
export const ACTION_ERROR_CODES = Object.keys(ENGLISH) as ActionErrorCode[];

/** Fills `{name}` placeholders (shared by the English text here and the UI's catalogues). */
export function fillTemplate(template: string, params: ActionErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function actionErrorEnglish(code: ActionErrorCode, params: ActionErrorParams): string {
  return fillTemplate(ENGLISH[code], params);
}

export class ActionError extends Error {
  override name = 'ActionError';
  constructor(
    readonly code: ActionErrorCode,
    readonly params: ActionErrorParams = {},
  ) {
    super(actionErrorEnglish(code, params));
  }
}
