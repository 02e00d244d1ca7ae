/**
 * Every setting the seed notes name (and those Kafka says interact with them) as a live control, each
 * named by its Kafka key, grouped as the notes group them: delivery, topic durability, brokers, fetching.
 */
import { memo } from 'react';
import { useT } from '../store/useT';
import { useKafka, useKafkaStoreApi } from '../store/StoreContext';
import { shownProducer } from '../store/producerSelection';
import { CatalogueControl } from './CatalogueControl';
import { ConfigSelect } from './ConfigSelect';

const PRODUCER_DELIVERY = [
  'acks',
  'enable.idempotence',
  'retries',
  'retry.backoff.ms',
  'retry.backoff.max.ms',
  'delivery.timeout.ms',
  'request.timeout.ms',
  'max.in.flight.requests.per.connection',
];
const TOPIC = ['min.insync.replicas', 'unclean.leader.election.enable'];
// The jitter is the simulator's own setting (not Kafka's); its help says so in both languages.
const BROKERS = ['replica.lag.time.max.ms', 'kafkascope.network.jitter.ms'];
const CONSUMER_FETCH = [
  'fetch.min.bytes',
  'fetch.max.wait.ms',
  'max.partition.fetch.bytes',
  'fetch.max.bytes',
  'offsets.retention.minutes',
];

/** The replication factor cannot change in place here: the scenario restarts with it, and says so. */
function ReplicationFactor() {
  const t = useT();
  const store = useKafkaStoreApi();
  const brokers = useKafka((s) => s.scenario.cluster.brokers);
  const topic = useKafka(
    (s) => s.scenario.topics.find((x) => x.name === shownProducer(s)?.topic) ?? s.scenario.topics[0],
  );
  if (!topic) return null;
  const options = Array.from({ length: brokers }, (_, i) => String(i + 1));
  return (
    <ConfigSelect
      name={t('config.replicationFactor')}
      value={String(topic.replicationFactor)}
      options={options.map((v) => ({ value: v, label: v }))}
      defaultLabel={t('config.default', { value: String(topic.replicationFactor) })}
      doc={t('config.replicationFactor.doc')}
      onChange={(v) => {
        const state = store.getState();
        const scenario = state.recordedScenario();
        scenario.topics = scenario.topics.map((x) =>
          x.name === topic.name ? { ...x, replicationFactor: Number(v) } : x,
        );
        state.loadScenario(state.scenarioId, scenario);
        state.notify('info', t('config.replicationFactor.restarted', { count: Number(v) }));
      }}
    />
  );
}

export const SeedSettings = memo(function SeedSettings() {
  const t = useT();
  const hasProducer = useKafka((s) => s.snap.producers.length > 0);
  const hasGroup = useKafka((s) => s.snap.groups.length > 0);
  return (
    <details className="seed-settings">
      <summary>{t('config.seedSettings')}</summary>
      {hasProducer && (
        <fieldset>
          <legend>{t('config.delivery')}</legend>
          {PRODUCER_DELIVERY.map((key) => (
            <CatalogueControl key={key} name={key} />
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('config.topicDurability')}</legend>
        <ReplicationFactor />
        {TOPIC.map((key) => (
          <CatalogueControl key={key} name={key} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('config.brokers')}</legend>
        {BROKERS.map((key) => (
          <CatalogueControl key={key} name={key} />
        ))}
      </fieldset>
      {hasGroup && (
        <fieldset>
          <legend>{t('config.fetching')}</legend>
          {CONSUMER_FETCH.map((key) => (
            <CatalogueControl key={key} name={key} />
          ))}
        </fieldset>
      )}
    </details>
  );
});
