/**
 * Issue #13 item 6: the producer picker in the embed and in A/B compare (two-producers example), and the
 * chosen producer carried by share links — older links without it still open, on the first producer.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { findExample } from '../scenarios';
import { KafkaStoreProvider } from '../store/StoreContext';
import { storeFromUrl } from './bootstrap';
import { CompareApp } from './compare/CompareApp';
import { compareScenarios } from './compare/compareSetup';
import { followLead } from './compare/followLead';
import { EmbedApp } from './EmbedApp';
import { decodeShareHash, encodeShareHash } from './shareLink';
import { readUrlOptions } from './urlState';

const two = findExample('two-producers')!.scenario;

describe('the producer picker beyond the main app', () => {
  it('a share link keeps the chosen producer, and an old link without one opens on the first', () => {
    const hash = encodeShareHash({
      scenario: two,
      exampleId: 'two-producers',
      t: 0,
      selectedProducer: 'clicks-service',
    });
    const options = readUrlOptions('', ['en'], decodeShareHash(hash));
    expect(storeFromUrl(options).getState().selectedProducer).toBe('clicks-service');

    const old = `#s=${compressToEncodedURIComponent(JSON.stringify({ v: 1, scenario: two, id: 'two-producers', t: 0 }))}`;
    const decoded = decodeShareHash(old);
    expect(decoded.kind).toBe('ok');
    expect(storeFromUrl(readUrlOptions('', ['en'], decoded)).getState().selectedProducer).toBeNull();
  });

  it('the read-only embed shows the picker and opens the full app on the producer picked', () => {
    const hash = encodeShareHash({ scenario: two, exampleId: 'two-producers', t: 0 });
    const options = readUrlOptions('?embed&readonly', ['en'], decodeShareHash(hash));
    const store = storeFromUrl(options);
    render(
      <KafkaStoreProvider store={store}>
        <EmbedApp embed={options.embed!} />
      </KafkaStoreProvider>,
    );
    const picker = screen.getByRole('combobox', { name: 'Producer shown' });
    fireEvent.change(picker, { target: { value: 'clicks-service' } });
    expect(store.getState().selectedProducer).toBe('clicks-service');
    const open = screen.getByRole('link', { name: /open/i });
    fireEvent.click(open);
    const reopened = decodeShareHash(new URL(open.getAttribute('href')!).hash);
    expect(reopened.kind === 'ok' && reopened.state.selectedProducer).toBe('clicks-service');
  });

  it('A/B compare has one picker; both halves show the producer picked', () => {
    const options = readUrlOptions('?scenario=two-producers&compare=linger.ms', ['en']);
    const setup = compareScenarios(options.example.scenario, options.compare!);
    const stores = [storeFromUrl(options, setup.a), storeFromUrl(options, setup.b)] as const;
    const stop = followLead(stores[0], stores[1]);
    render(<CompareApp stores={stores} setup={setup} />);
    const pickers = screen.getAllByRole('combobox', { name: 'Producer shown' });
    expect(pickers).toHaveLength(1);
    act(() => {
      fireEvent.change(pickers[0]!, { target: { value: 'clicks-service' } });
    });
    expect(stores.map((s) => s.getState().selectedProducer)).toEqual(['clicks-service', 'clicks-service']);
    stop();
  });
});
