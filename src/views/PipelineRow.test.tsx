/** Render counts: a partition row redraws only when something of its own partition changed. */
import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testScenario } from '../engine/testing/scenarios';
import { createKafkaStore } from '../store/kafkaStore';
import { KafkaStoreProvider } from '../store/StoreContext';
import { PipelineView } from './PipelineView';

const renders = new Map<number, number>();

vi.mock('./LogCell', async (importOriginal) => {
  const real = await importOriginal<typeof import('./LogCell')>();
  return {
    LogCell: (props: Parameters<typeof real.LogCell>[0]) => {
      const p = props.partition.partition;
      renders.set(p, (renders.get(p) ?? 0) + 1);
      return real.LogCell(props);
    },
  };
});

beforeEach(() => renders.clear());

describe('PipelineView render counts', () => {
  it('does not re-render a partition row when only another partition changes', () => {
    // One key: every record goes to the same partition of four; the other three stay still.
    const scenario = testScenario({
      partitions: 4,
      producer: { workload: { recordsPerSec: 200, keys: { type: 'list', values: ['k'] } } },
      // No commits: lag stays "-", so the shared lag scale of the bars does not move either.
      group: { members: 1, config: { 'enable.auto.commit': false } },
    });
    const store = createKafkaStore({ scenarioId: 'custom', scenario, lang: 'en' });
    render(
      <KafkaStoreProvider store={store}>
        <PipelineView />
      </KafkaStoreProvider>,
    );
    act(() => store.getState().advanceBy(5000));
    const busy = store.getState().snap.partitions.find((p) => p.logEndOffset > 0)!.partition;
    renders.clear();
    for (let i = 0; i < 10; i++) act(() => store.getState().advanceBy(50));
    expect(renders.get(busy)).toBeGreaterThan(0);
    for (const p of [0, 1, 2, 3].filter((p) => p !== busy)) expect(renders.get(p) ?? 0).toBe(0);
  });
});
