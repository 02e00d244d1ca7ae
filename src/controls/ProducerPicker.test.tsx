/** The producer picker and the views that follow it, against a real store and the two-producers example. */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test-utils/renderWithStore';
import { CompressionPanel } from '../views/producer/CompressionPanel';
import { ConfigPanel } from './ConfigPanel';
import { ProducerPicker } from './ProducerPicker';

const ui = (
  <>
    <ProducerPicker />
    <ConfigPanel />
    <CompressionPanel />
  </>
);

describe('ProducerPicker', () => {
  it('is not shown when the scenario has one producer', () => {
    renderWithStore(<ProducerPicker />);
    expect(screen.queryByRole('combobox', { name: 'Producer shown' })).toBeNull();
  });

  it('lists both producers; the views show the first, then the one picked', () => {
    const { store } = renderWithStore(ui, { scenarioId: 'two-producers' });
    act(() => store.getState().advanceBy(2000));
    const picker = screen.getByRole('combobox', { name: 'Producer shown' });
    const options = within(picker)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['orders-service → topic orders', 'clicks-service → topic clicks']);
    // orders-service: linger.ms=0, no compression; 100 records/s of 200 bytes.
    expect(screen.getByRole('slider', { name: 'linger.ms' })).toHaveAttribute('aria-valuetext', '0 ms');
    expect(screen.getByText('compression.type=none')).toBeInTheDocument();
    const ordersBytes = screen.getByTestId('bytes-before').textContent;

    fireEvent.change(picker, { target: { value: 'clicks-service' } });
    expect(store.getState().selectedProducer).toBe('clicks-service');
    expect(screen.getByRole('slider', { name: 'linger.ms' })).toHaveAttribute('aria-valuetext', '20 ms');
    expect(screen.getByText('compression.type=lz4')).toBeInTheDocument();
    expect(screen.getByTestId('bytes-before').textContent).not.toBe(ordersBytes);
  });

  it('a change in the settings goes to the producer shown, not the first', () => {
    const { store } = renderWithStore(ui, { scenarioId: 'two-producers' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Producer shown' }), {
      target: { value: 'clicks-service' },
    });
    fireEvent.change(screen.getByRole('slider', { name: 'linger.ms' }), { target: { value: '0' } });
    const linger = Object.fromEntries(
      store.getState().snap.producers.map((p) => [p.id, p.config['linger.ms']]),
    );
    expect(linger).toEqual({ 'orders-service': 0, 'clicks-service': 0 });
    fireEvent.change(screen.getByRole('slider', { name: 'linger.ms' }), { target: { value: '3' } });
    expect(store.getState().snap.producers.map((p) => p.config['linger.ms'])).toEqual([0, 5]);
  });

  it('speaks Korean', () => {
    renderWithStore(<ProducerPicker />, { scenarioId: 'two-producers', lang: 'ko' });
    const picker = screen.getByRole('combobox', { name: '표시할 프로듀서' });
    expect(within(picker).getAllByRole('option')[1]).toHaveTextContent('clicks-service → 토픽 clicks');
    expect(screen.getByText(/프로듀서가 2개 있음/)).toBeInTheDocument();
  });
});
