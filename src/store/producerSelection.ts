/**
 * Which producer the producer views show: the one selected in the UI slice, else the first.
 * Views select through these (never `producers[0]`), so a scenario with several producers can show
 * any of them. The snapshot shares structure, so the selected producer keeps its identity while it
 * does not change.
 */
import type { ProducerSpec, ProducerView } from '../engine';
import type { KafkaStoreState } from './storeTypes';

export function shownProducer(s: KafkaStoreState): ProducerView | undefined {
  const { producers } = s.snap;
  return (s.selectedProducer && producers.find((p) => p.id === s.selectedProducer)) || producers[0];
}

/** The shown producer as the scenario authored it (for "default" labels and workload resets). */
export function shownScenarioProducer(s: KafkaStoreState): ProducerSpec | undefined {
  const id = shownProducer(s)?.id;
  return s.scenario.producers.find((p) => p.id === id) ?? s.scenario.producers[0];
}

/** The topic of the shown producer (the topic the pipeline and replication views draw). */
export function shownTopic(s: KafkaStoreState): string | undefined {
  return shownProducer(s)?.topic ?? s.snap.partitions[0]?.topic;
}
