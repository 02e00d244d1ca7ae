/**
 * The Kafka releases a version profile stands for, as a learner reads them ("3.3–3.6").
 * Takes the engine's `KafkaVersion` id as a plain string so i18n stays a leaf (imports nothing).
 */
export function versionLabel(v: string): string {
  switch (v) {
    case '3.2':
      return '3.0–3.2';
    case '2.8':
      return '2.4–2.8';
    case '3.6':
      return '3.3–3.6';
    case '3.x':
      return '3.7–3.9';
    case '2.3':
      return '≤ 2.3';
    default:
      return v;
  }
}
