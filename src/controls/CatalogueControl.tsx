/**
 * A control for any producer or consumer config key of the catalogue (or the workload's records/s and
 * value size): a select for enums and booleans, a slider over "nice" stops for numbers. Lessons use it to
 * put exactly the controls a goal needs next to the goal.
 */
import { configValueByName, defaultOf, findKey, type ConfigKeySpec, type ConfigValue } from '../engine';
import { formatNumber } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { shownProducer } from '../store/producerSelection';
import { ConfigSelect } from './ConfigSelect';
import { ConfigSlider } from './ConfigSlider';
import { KeysSelect } from './KeysSelect';
import {
  BATCH_SIZE_STOPS,
  LINGER_STOPS,
  MAX_POLL_RECORDS_STOPS,
  RATE_STOPS,
  VALUE_BYTES_STOPS,
  withValues,
} from './sliderScale';
import { configDoc } from '../i18n/configDocs';

const KNOWN_STOPS: Record<string, readonly number[]> = {
  'linger.ms': LINGER_STOPS,
  'batch.size': BATCH_SIZE_STOPS,
  'max.poll.records': MAX_POLL_RECORDS_STOPS,
};

/** How far a ladder reaches when a key's own default says little (a 1-byte or 0-ms default). */
const REACH: Record<string, number> = { bytes: 1_048_576, ms: 600_000, records: 10_000 };

/** 0, 1, 2, 5, 10, 20, 50 … within the key's range, up to ten times its default (or its unit's reach). */
export function niceStops(spec: Pick<ConfigKeySpec, 'min' | 'max' | 'unit'>, def: number): number[] {
  const min = spec.min ?? 0;
  const reach = Math.max(10 * def, spec.unit ? REACH[spec.unit]! : 1000);
  const max = Math.min(spec.max ?? Number.MAX_SAFE_INTEGER, reach);
  const out = min <= 0 ? [0] : [];
  for (let p = 1; p <= max; p *= 10)
    for (const m of [1, 2, 5]) if (m * p >= Math.max(min, 1) && m * p <= max) out.push(m * p);
  return out;
}

/** Times people write in configs (a plain 1-2-5 ladder misses 15 s, 45 s and 1 min). */
const MS_LADDER = [
  0, 1, 5, 10, 50, 100, 200, 500, 1000, 2000, 3000, 5000, 10000, 15000, 20000, 30000, 45000, 60000, 120000,
  300000, 600000, 1800000,
];

/** The values a learner can pick for a numeric key: known ladders, else the nice one, plus the default. */
export function controlStops(spec: ConfigKeySpec, def: number, value: number): number[] {
  const reach = Math.max(10 * def, REACH.ms!);
  const ms = MS_LADDER.filter((v) => v >= (spec.min ?? 0) && v <= Math.min(spec.max ?? Infinity, reach));
  return withValues(KNOWN_STOPS[spec.key] ?? (spec.unit === 'ms' ? ms : niceStops(spec, def)), value, def);
}

/** The scope a control's key belongs to: a client's key first, then a topic's, then the brokers'. */
export function scopeOf(name: string): ConfigKeySpec | undefined {
  return (
    findKey('producer', name) ??
    findKey('consumer', name) ??
    findKey('topic', name) ??
    findKey('broker', name)
  );
}

/**
 * `client`: which producer, group or topic the control changes (by id or name); the first one when not
 * given (the producer: the one the producer views show). Subscribes to the one value it shows, not to the whole client, so it does not re-render every frame.
 */
export function CatalogueControl({ name, client: clientId }: { name: string; client?: string }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const act = useKafka((s) => s.act);
  const version = useKafka((s) => s.scenario.kafkaVersion);
  const spec = scopeOf(name);
  const target = useKafka((s) => {
    const { producers, groups, topicConfigs } = s.snap;
    if (name === 'records/s' || name === 'valueBytes' || spec?.scope === 'producer')
      return (producers.find((p) => p.id === clientId) ?? shownProducer(s))?.id;
    if (spec?.scope === 'consumer') return (groups.find((g) => g.id === clientId) ?? groups[0])?.id;
    if (spec?.scope === 'topic')
      return clientId && topicConfigs[clientId]
        ? clientId
        : (shownProducer(s)?.topic ?? Object.keys(topicConfigs)[0]);
    return spec?.scope === 'broker' ? 'brokers' : undefined;
  });
  const current = useKafka((s): ConfigValue | undefined => {
    const { producers, groups, topicConfigs, brokerConfig } = s.snap;
    const producer = producers.find((p) => p.id === target);
    if (name === 'records/s') return producer?.workload.recordsPerSec;
    if (name === 'valueBytes') return producer?.workload.valueBytes;
    const group = groups.find((g) => g.id === target);
    const topic = target ? topicConfigs[target] : undefined;
    if (spec?.scope === 'producer') return producer ? configValueByName(producer.config, name) : undefined;
    if (spec?.scope === 'consumer') return group ? configValueByName(group.config, name) : undefined;
    if (spec?.scope === 'topic') return topic ? configValueByName(topic, name) : undefined;
    return configValueByName(brokerConfig, name);
  });
  const num = (n: number) => formatNumber(lang, n);

  if (name === 'keys') return <KeysSelect />;
  if (target === undefined || current === undefined) return null;
  if (name === 'records/s' || name === 'valueBytes') {
    const rate = name === 'records/s';
    const value = current as number;
    const format = (n: number) => (rate ? `${num(n)} / s` : `${num(n)} ${t('unit.bytes')}`);
    return (
      <ConfigSlider
        name={rate ? t('config.recordsPerSec') : t('config.valueBytes')}
        value={value}
        stops={withValues(rate ? RATE_STOPS : VALUE_BYTES_STOPS, value)}
        defaultValue={value}
        defaultLabel={t('config.default', { value: format(value) })}
        format={format}
        doc={t(rate ? 'config.recordsPerSec.doc' : 'config.valueBytes.doc')}
        onChange={(v) =>
          act({
            action: 'setWorkload',
            producer: target,
            ...(rate ? { recordsPerSec: v } : { valueBytes: v }),
          })
        }
      />
    );
  }
  if (!spec) return null;
  const set = (value: ConfigValue) =>
    act(
      spec.scope === 'producer'
        ? { action: 'setProducerConfig', producer: target, key: name, value }
        : spec.scope === 'consumer'
          ? { action: 'setConsumerConfig', group: target, key: name, value }
          : spec.scope === 'topic'
            ? { action: 'setTopicConfig', topic: target, key: name, value }
            : { action: 'setBrokerConfig', key: name, value },
    );
  const def = defaultOf(spec, version);
  if (spec.kind !== 'int') {
    const values = spec.values ?? ['true', 'false'];
    return (
      <ConfigSelect
        name={name}
        value={String(current)}
        options={values.map((v) => ({ value: v, label: v }))}
        defaultLabel={t('config.default', { value: String(def) })}
        doc={configDoc(lang, spec.scope, spec.key)}
        onChange={(v) => set(spec.kind === 'bool' ? v === 'true' : v)}
      />
    );
  }
  const value = current as number;
  const unit = spec.unit ? ` ${t(`unit.${spec.unit}`)}` : '';
  const format = (n: number) => `${num(n)}${unit}`;
  return (
    <ConfigSlider
      name={name}
      value={value}
      stops={controlStops(spec, def as number, value)}
      defaultValue={def as number}
      defaultLabel={t('config.default', { value: format(def as number) })}
      format={format}
      doc={configDoc(lang, spec.scope, spec.key)}
      onChange={set}
    />
  );
}
