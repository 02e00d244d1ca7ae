import { useCallback } from 'react';
import { useT } from '../store/useT';
import { useKafkaStoreApi } from '../store/StoreContext';

/**
 * More partitions: a live `kafka-topics --alter`. Fewer: Kafka cannot do that, so the scenario
 * restarts with the smaller topic and says why.
 */
export function usePartitionCountChange() {
  const store = useKafkaStoreApi();
  const t = useT();
  return useCallback(
    (topic: string, count: number) => {
      const state = store.getState();
      const current = state.snap.partitions.filter((p) => p.topic === topic).length;
      if (count === current) return;
      if (count > current) {
        if (state.act({ action: 'addPartitions', topic, partitions: count }))
          state.notify('info', t('config.partitions.added', { count }));
        return;
      }
      // Keep the changes recorded so far: they replay at their times in the restarted scenario.
      const scenario = state.recordedScenario();
      scenario.topics = scenario.topics.map((x) => (x.name === topic ? { ...x, partitions: count } : x));
      // The learner has just chosen the count: earlier growth steps of this topic are dropped (they would
      // undo the choice on replay), as are later ones that no longer grow it.
      const now = state.snap.now;
      scenario.timeline = scenario.timeline.filter(
        (a) => a.action !== 'addPartitions' || a.topic !== topic || (a.atMs > now && a.partitions > count),
      );
      state.loadScenario(state.scenarioId, scenario);
      state.notify('info', t('config.partitions.restarted', { count }));
    },
    [store, t],
  );
}
