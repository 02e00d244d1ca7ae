/**
 * The producer keys of the "producer in depth" lesson: serializers, partitioner, compression, buffer and
 * size limits, the Kafka version profile and the workload's key generator — each named by its Kafka key.
 */
import {
  KAFKA_VERSIONS,
  configValue,
  configValueByName,
  defaultOf,
  findKey,
  type ConfigValue,
  type NumberKeyOf,
  type ProducerConfig,
  type KafkaVersion,
  type KeySpec,
} from '../engine';
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatNumber } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { shownProducer } from '../store/producerSelection';
import { ConfigSelect } from './ConfigSelect';
import { ConfigSlider } from './ConfigSlider';
import { withValues } from './sliderScale';
import { versionLabel } from '../i18n/versionLabel';
import { KeysSelect } from './KeysSelect';
import { configDoc } from '../i18n/configDocs';

const BUFFER_STOPS = [65536, 262144, 1048576, 4194304, 16777216, 33554432, 67108864];
const MAX_BLOCK_STOPS = [0, 100, 1000, 5000, 10000, 30000, 60000];
const MAX_REQUEST_STOPS = [16384, 65536, 262144, 1048576, 4194304];
const AVAILABILITY_STOPS = [0, 100, 500, 1000, 5000, 30000];
const HOT_SHARE_STOPS = [10, 25, 50, 75, 80, 90, 99];

/** Memoised and subscribed to config and keys only, so the many controls do not re-render every frame. */
export const ProducerConfigControls = memo(function ProducerConfigControls() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const act = useKafka((s) => s.act);
  const producerId = useKafka((s) => shownProducer(s)?.id);
  const config = useKafka(useShallow((s) => shownProducer(s)?.config));
  const keysJson = useKafka((s) => JSON.stringify(shownProducer(s)?.workload.keys ?? { type: 'none' }));
  const scenario = useKafka((s) => s.scenario);
  const scenarioId = useKafka((s) => s.scenarioId);
  const loadScenario = useKafka((s) => s.loadScenario);
  if (producerId === undefined || config === undefined) return null;
  const producer = { id: producerId, config, workload: { keys: JSON.parse(keysJson) as KeySpec } };
  const version = scenario.kafkaVersion;
  const num = (n: number) => formatNumber(lang, n);
  const set = (key: string, value: ConfigValue) =>
    act({ action: 'setProducerConfig', producer: producer.id, key, value });
  const spec = (key: string) => findKey('producer', key)!;
  const def = (key: string) => defaultOf(spec(key), version);

  const select = (key: string, values?: readonly string[]) => {
    const s = spec(key);
    const options = (values ?? s.values ?? ['true', 'false']).map((v) => ({ value: v, label: v }));
    return (
      <ConfigSelect
        key={key}
        name={key}
        value={String(configValueByName(producer.config, key))}
        options={options}
        defaultLabel={t('config.default', { value: String(def(key)) })}
        doc={configDoc(lang, 'producer', key)}
        tag={s.simulatorOnly ? t('config.simulatorOnly') : undefined}
        onChange={(v) => set(key, s.kind === 'bool' ? v === 'true' : v)}
      />
    );
  };
  const slider = (key: NumberKeyOf<ProducerConfig>, stops: number[], unit: string) => {
    const value = configValue(producer.config, key);
    const d = def(key) as number;
    const format = (n: number) => `${num(n)} ${unit}`;
    return (
      <ConfigSlider
        key={key}
        name={key}
        value={value}
        stops={withValues(stops, value, d)}
        defaultValue={d}
        defaultLabel={t('config.default', { value: format(d) })}
        format={format}
        doc={configDoc(lang, 'producer', key)}
        onChange={(v) => set(key, v)}
      />
    );
  };
  const keys = producer.workload.keys;
  const hotShare = keys.type === 'hot' ? keys.sharePercent : 80;
  const setKeys = (k: KeySpec) => act({ action: 'setWorkload', producer: producer.id, keys: k });

  return (
    <fieldset>
      <legend>{t('config.partitioning')}</legend>
      <ConfigSelect
        name={t('config.version')}
        value={version}
        options={KAFKA_VERSIONS.map((v) => ({ value: v, label: versionLabel(v) }))}
        defaultLabel={t('config.default', { value: '4.0' })}
        doc={t('config.version.doc')}
        onChange={(v) => loadScenario(scenarioId, { ...scenario, kafkaVersion: v as KafkaVersion })}
      />
      {select('key.serializer')}
      {select('value.serializer')}
      <KeysSelect />
      {keys.type === 'hot' && (
        <ConfigSlider
          name={t('config.hotShare')}
          value={hotShare}
          stops={withValues(HOT_SHARE_STOPS, hotShare, 80)}
          defaultValue={80}
          defaultLabel={t('config.default', { value: '80 %' })}
          format={(n) => `${num(n)} %`}
          doc={t('config.hotShare.doc')}
          onChange={(v) => setKeys({ ...keys, sharePercent: v })}
        />
      )}
      {select('partitioner.class')}
      {select('partitioner.adaptive.partitioning.enable', ['true', 'false'])}
      {slider('partitioner.availability.timeout.ms', AVAILABILITY_STOPS, t('unit.ms'))}
      {select('partitioner.ignore.keys', ['false', 'true'])}
      {select('kafkascope.client')}
      {select('kafkascope.kafka9965.bug', ['false', 'true'])}
      {select('compression.type')}
      {slider('buffer.memory', BUFFER_STOPS, t('unit.bytes'))}
      {slider('max.block.ms', MAX_BLOCK_STOPS, t('unit.ms'))}
      {slider('max.request.size', MAX_REQUEST_STOPS, t('unit.bytes'))}
    </fieldset>
  );
});
