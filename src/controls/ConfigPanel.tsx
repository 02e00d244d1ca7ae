/** The live settings: each slider is named by its Kafka key and applies through a store action. */
import {
  configValue,
  defaultOf,
  findKey,
  type ConfigScope,
  type NumberKeyOf,
  type ProducerConfig,
} from '../engine';
import { formatNumber } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { shownProducer, shownScenarioProducer } from '../store/producerSelection';
import { ConfigSlider } from './ConfigSlider';
import { ProducerConfigControls } from './ProducerConfigControls';
import { SeedSettings } from './SeedSettings';
import {
  BATCH_SIZE_STOPS,
  LINGER_STOPS,
  MAX_POLL_RECORDS_STOPS,
  PARTITION_STOPS,
  RATE_STOPS,
  VALUE_BYTES_STOPS,
  withValues,
} from './sliderScale';
import { usePartitionCountChange } from './usePartitionCountChange';
import { configDoc } from '../i18n/configDocs';

/**
 * Selects the few values the sliders show, never a whole producer or group: those change every frame
 * (buffers, members' positions), and the panel would re-render its dozen sliders with them.
 */
export function ConfigPanel() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const act = useKafka((s) => s.act);
  const scenario = useKafka((s) => s.scenario);
  const producerId = useKafka((s) => shownProducer(s)?.id);
  const producerTopic = useKafka((s) => shownProducer(s)?.topic);
  // The read model shares structure: an unchanged config keeps its identity from frame to frame.
  const producerConfig = useKafka((s) => shownProducer(s)?.config);
  const recordsPerSec = useKafka((s) => shownProducer(s)?.workload.recordsPerSec);
  const valueBytes = useKafka((s) => shownProducer(s)?.workload.valueBytes);
  const producer =
    producerId !== undefined && producerTopic !== undefined && producerConfig !== undefined
      ? { id: producerId, topic: producerTopic, config: producerConfig }
      : undefined;
  const scenarioProducer = useKafka(shownScenarioProducer);
  const groupId = useKafka((s) => s.snap.groups[0]?.id);
  const maxPollRecords = useKafka((s) => {
    const config = s.snap.groups[0]?.config;
    return config && configValue(config, 'max.poll.records');
  });
  const partitionCount = useKafka(
    (s) => s.snap.partitions.filter((p) => p.topic === shownProducer(s)?.topic).length,
  );
  const changePartitions = usePartitionCountChange();
  const version = scenario.kafkaVersion;

  const num = (n: number) => formatNumber(lang, n);
  const ms = (n: number) => `${num(n)} ${t('unit.ms')}`;
  const bytes = (n: number) => `${num(n)} ${t('unit.bytes')}`;
  const kafkaDefault = (scope: ConfigScope, key: string) =>
    defaultOf(findKey(scope, key)!, version) as number;
  const doc = (scope: ConfigScope, key: string) => configDoc(lang, scope, key);

  const producerSlider = (
    key: NumberKeyOf<ProducerConfig>,
    stops: number[],
    format: (n: number) => string,
  ) => {
    if (!producer) return null;
    const value = configValue(producer.config, key);
    const def = kafkaDefault('producer', key);
    return (
      <ConfigSlider
        name={key}
        value={value}
        stops={withValues(stops, value, def)}
        defaultValue={def}
        defaultLabel={t('config.default', { value: format(def) })}
        format={format}
        doc={doc('producer', key)}
        onChange={(v) => act({ action: 'setProducerConfig', producer: producer.id, key, value: v })}
      />
    );
  };

  const scenarioTopic = scenario.topics.find((x) => x.name === producer?.topic);

  return (
    <section className="panel config-panel" aria-labelledby="config-title" id="controls">
      <h2 id="config-title">{t('config.title')}</h2>
      <p className="config-panel__note">{t('config.appliesLive')}</p>
      {producer && (
        <fieldset>
          <legend>{t('config.producer')}</legend>
          {producerSlider('linger.ms', LINGER_STOPS, ms)}
          {producerSlider('batch.size', BATCH_SIZE_STOPS, bytes)}
        </fieldset>
      )}
      {producer && scenarioProducer && recordsPerSec !== undefined && valueBytes !== undefined && (
        <fieldset>
          <legend>{t('config.workload')}</legend>
          <ConfigSlider
            name={t('config.recordsPerSec')}
            value={recordsPerSec}
            stops={withValues(RATE_STOPS, recordsPerSec, scenarioProducer.workload.recordsPerSec)}
            defaultValue={scenarioProducer.workload.recordsPerSec}
            defaultLabel={t('config.default', { value: num(scenarioProducer.workload.recordsPerSec) })}
            format={(n) => `${num(n)} / s`}
            doc={t('config.recordsPerSec.doc')}
            onChange={(v) => act({ action: 'setWorkload', producer: producer.id, recordsPerSec: v })}
          />
          <ConfigSlider
            name={t('config.valueBytes')}
            value={valueBytes}
            stops={withValues(VALUE_BYTES_STOPS, valueBytes, scenarioProducer.workload.valueBytes)}
            defaultValue={scenarioProducer.workload.valueBytes}
            defaultLabel={t('config.default', { value: bytes(scenarioProducer.workload.valueBytes) })}
            format={bytes}
            doc={t('config.valueBytes.doc')}
            onChange={(v) => act({ action: 'setWorkload', producer: producer.id, valueBytes: v })}
          />
        </fieldset>
      )}
      <ProducerConfigControls />
      <SeedSettings />
      {producer && scenarioTopic && (
        <fieldset>
          <legend>{t('config.topic')}</legend>
          <ConfigSlider
            name={t('config.partitions')}
            value={partitionCount}
            stops={withValues(PARTITION_STOPS, partitionCount, scenarioTopic.partitions)}
            defaultValue={scenarioTopic.partitions}
            defaultLabel={t('config.default', { value: scenarioTopic.partitions })}
            format={num}
            doc={t('config.partitions.doc')}
            onChange={(v) => changePartitions(producer.topic, v)}
          />
        </fieldset>
      )}
      {groupId !== undefined && maxPollRecords !== undefined && (
        <fieldset>
          <legend>{t('config.consumer')}</legend>
          <ConfigSlider
            name="max.poll.records"
            value={maxPollRecords}
            stops={withValues(
              MAX_POLL_RECORDS_STOPS,
              maxPollRecords,
              kafkaDefault('consumer', 'max.poll.records'),
            )}
            defaultValue={kafkaDefault('consumer', 'max.poll.records')}
            defaultLabel={t('config.default', { value: num(kafkaDefault('consumer', 'max.poll.records')) })}
            format={(n) => `${num(n)} ${t('unit.records')}`}
            doc={doc('consumer', 'max.poll.records')}
            onChange={(v) =>
              act({ action: 'setConsumerConfig', group: groupId, key: 'max.poll.records', value: v })
            }
          />
        </fieldset>
      )}
    </section>
  );
}
