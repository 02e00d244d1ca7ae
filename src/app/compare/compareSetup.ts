/**
 * A/B compare: one scenario, one seed, one workload, and exactly one config key set differently in
 * each half. Works for any producer or consumer key in the catalogue (so keys added by later issues
 * work too); the presets are the classic teaching pairs.
 */
import {
  checkValue,
  consumerStartupErrors,
  findKey,
  producerStartupErrors,
  normaliseValue,
  type ConfigKeySpec,
  type ConfigValue,
  type Scenario,
} from '../../engine';

export interface ComparePreset {
  key: string;
  a: ConfigValue;
  b: ConfigValue;
}

/** Pairs that show one idea each; only those whose key the engine knows are offered. */
export const PRESETS: readonly ComparePreset[] = [
  { key: 'linger.ms', a: 0, b: 50 },
  { key: 'batch.size', a: 16384, b: 2048 },
  { key: 'acks', a: '1', b: 'all' },
  { key: 'max.poll.records', a: 500, b: 5 },
  { key: 'partition.assignment.strategy', a: 'eager', b: 'cooperative-sticky' },
].filter((p) => {
  // Offered only once the engine knows the key and both values (later issues add keys such as the assignor).
  const spec = specOf(p.key);
  return spec !== undefined && checkValue(spec, p.a) === null && checkValue(spec, p.b) === null;
});

export interface CompareSetup {
  key: string;
  scope: 'producer' | 'consumer';
  valueA: ConfigValue;
  valueB: ConfigValue;
  a: Scenario;
  b: Scenario;
  /** The request that could not be honoured as asked (shown as a notice), if so; `reason` is Kafka's own. */
  rejected: { key: string; a: string; b: string; reason?: string } | null;
}

function specOf(key: string): ConfigKeySpec | undefined {
  return findKey('producer', key) ?? findKey('consumer', key);
}

function fromText(spec: ConfigKeySpec, text: string | null): ConfigValue | undefined {
  if (text === null) return undefined;
  const value = spec.kind === 'int' ? Number(text) : spec.kind === 'bool' ? text === 'true' : text;
  return checkValue(spec, value) ? undefined : normaliseValue(spec, value);
}

function withConfig(base: Scenario, spec: ConfigKeySpec, value: ConfigValue): Scenario {
  const s = structuredClone(base);
  if (spec.scope === 'producer') for (const p of s.producers) p.config[spec.key] = value;
  else for (const g of s.consumerGroups) g.config[spec.key] = value;
  return s;
}

/** Builds both halves from `?compare=KEY&a=…&b=…`; unknown keys or values fall back to the first preset. */
export function compareScenarios(
  base: Scenario,
  request: { key: string; a: string | null; b: string | null },
): CompareSetup {
  const preset = PRESETS.find((p) => p.key === request.key) ?? PRESETS[0]!;
  const known = specOf(request.key);
  // A value left out takes the preset's; a value given must be valid for the key.
  const pick = (text: string | null, fallback: ConfigValue) =>
    known && text === null
      ? preset.key === known.key
        ? fallback
        : undefined
      : known && fromText(known, text);
  const valueA = pick(request.a, preset.a);
  const valueB = pick(request.b, preset.b);
  const valid = known !== undefined && valueA !== undefined && valueB !== undefined && valueA !== valueB;
  // A half whose clients a real Kafka would refuse at start-up (ConfigException) is no comparison.
  const reason = valid
    ? (startupErrors(withConfig(base, known, valueA)) ?? startupErrors(withConfig(base, known, valueB)))
    : undefined;
  const usable = valid && reason === undefined;
  const final = usable
    ? { spec: known, a: valueA, b: valueB }
    : { spec: specOf(preset.key)!, a: preset.a, b: preset.b };
  return {
    key: final.spec.key,
    scope: final.spec.scope === 'consumer' ? 'consumer' : 'producer',
    valueA: final.a,
    valueB: final.b,
    a: withConfig(base, final.spec, final.a),
    b: withConfig(base, final.spec, final.b),
    rejected: usable
      ? null
      : { key: request.key, a: request.a ?? '?', b: request.b ?? '?', ...(reason ? { reason } : {}) },
  };
}

/** The first error a KafkaProducer or KafkaConsumer built from this scenario would throw, if any. */
function startupErrors(s: Scenario): string | undefined {
  for (const p of s.producers) {
    const errors = producerStartupErrors(p.config, s.kafkaVersion);
    if (errors.length > 0) return errors.join(' ');
  }
  for (const g of s.consumerGroups) {
    const errors = consumerStartupErrors(g.config, s.kafkaVersion);
    if (errors.length > 0) return errors.join(' ');
  }
  return undefined;
}
