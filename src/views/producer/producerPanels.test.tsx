/** Component tests for the producer controls and panels, against a real store and engine. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConfigSelect } from '../../controls/ConfigSelect';
import { ProducerConfigControls } from '../../controls/ProducerConfigControls';
import { findExample } from '../../scenarios';
import { createKafkaStore } from '../../store/kafkaStore';
import { KafkaStoreProvider } from '../../store/StoreContext';
import { KeyExplainer } from './KeyExplainer';
import { ProducerStatus } from './ProducerStatus';
import { RecordInspector } from './RecordInspector';
import { inspectorSelection } from './inspectorSelection';

function withStore(id: string, ui: React.ReactElement) {
  const example = findExample(id)!;
  const store = createKafkaStore({ scenarioId: id, scenario: example.scenario, lang: 'en' });
  render(<KafkaStoreProvider store={store}>{ui}</KafkaStoreProvider>);
  return store;
}

describe('ConfigSelect', () => {
  it('is labelled by its Kafka key and reports the chosen value', () => {
    const chosen: string[] = [];
    render(
      <ConfigSelect
        name="compression.type"
        value="none"
        options={['none', 'zstd'].map((v) => ({ value: v, label: v }))}
        defaultLabel="default none"
        doc="Codec per batch."
        onChange={(v) => chosen.push(v)}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'compression.type' });
    fireEvent.change(select, { target: { value: 'zstd' } });
    expect(chosen).toEqual(['zstd']);
    expect(screen.getByText(/default none/)).toBeInTheDocument();
  });
});

describe('ProducerConfigControls', () => {
  it('changing compression.type applies live to the producer', () => {
    const store = withStore('steady-stream', <ProducerConfigControls />);
    fireEvent.change(screen.getByRole('combobox', { name: 'compression.type' }), {
      target: { value: 'zstd' },
    });
    expect(store.getState().snap.producers[0]!.config['compression.type']).toBe('zstd');
  });

  it('the version profile restarts the scenario with that version’s defaults (2.3: acks=1, linger.ms=0)', () => {
    const store = withStore('steady-stream', <ProducerConfigControls />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Kafka version' }), { target: { value: '2.3' } });
    const p = store.getState().snap.producers[0]!;
    expect(p.config['acks']).toBe('1');
    expect(p.config['linger.ms']).toBe(0);
    expect(p.partitioner.kind).toBe('legacy-round-robin');
  });

  it('switching the key generator to "hot key" shows the share slider', () => {
    const store = withStore('steady-stream', <ProducerConfigControls />);
    fireEvent.change(screen.getByRole('combobox', { name: 'keys' }), { target: { value: 'hot' } });
    expect(store.getState().snap.producers[0]!.workload.keys.type).toBe('hot');
    expect(screen.getByRole('slider', { name: 'hot key share' })).toBeInTheDocument();
  });
});

describe('ProducerStatus', () => {
  it('close(0) with records buffered counts them in records.lost and errors', () => {
    const store = withStore('close-without-flush', <ProducerStatus />);
    act(() => store.getState().advanceBy(2000));
    fireEvent.click(screen.getByRole('button', { name: 'close(0)' }));
    expect(Number(screen.getByTestId('records-lost').textContent)).toBeGreaterThan(10);
    expect(screen.getByTestId('producer-errors')).toHaveTextContent('KafkaException');
    expect(screen.getByRole('button', { name: 'flush()' })).toBeDisabled();
  });

  it('shows the buffer.memory gauge', () => {
    withStore('steady-stream', <ProducerStatus />);
    expect(screen.getByRole('meter', { name: 'buffer.memory' })).toHaveAttribute('aria-valuemax', '33554432');
  });
});

describe('KeyExplainer', () => {
  it('walks a key through bytes, murmur2, toPositive and modulo (Kafka vectors: user-3 → 5 of 6)', () => {
    withStore('hot-key-skew', <KeyExplainer />);
    fireEvent.change(screen.getByTestId('explainer-key'), { target: { value: 'user-3' } });
    expect(screen.getByText('75 73 65 72 2d 33')).toBeInTheDocument();
    expect(screen.getByText('1141442267 % 6 = 5')).toBeInTheDocument();
    expect(screen.getByTestId('explainer-partition')).toHaveTextContent('P5');
  });
});

describe('RecordInspector', () => {
  it('shows the selected batch’s key bytes in hex and the header overhead', () => {
    const store = withStore('close-without-flush', <RecordInspector />);
    act(() => store.getState().advanceBy(1000));
    const batch = store.getState().snap.producers[0]!.batches[0]!;
    act(() => inspectorSelection.getState().select({ where: 'accumulator', batchId: batch.id }));
    expect(screen.getByText(/batch header: 61 B/)).toBeInTheDocument();
    expect(screen.getAllByText(/61 63 63 6f 75 6e 74 2d/).length).toBeGreaterThan(0);
    act(() => inspectorSelection.getState().select(null));
  });
});
