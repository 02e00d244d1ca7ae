import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test-utils/renderWithStore';
import { ConfigPanel } from './ConfigPanel';

describe('ConfigPanel', () => {
  it('names every slider by its Kafka key and shows value, unit and default', () => {
    renderWithStore(<ConfigPanel />);
    const linger = screen.getByRole('slider', { name: 'linger.ms' });
    expect(linger).toHaveAttribute('aria-valuetext', '5 ms');
    expect(screen.getByRole('slider', { name: 'batch.size' })).toHaveAttribute('aria-valuetext', '16,384 B');
    expect(screen.getByRole('slider', { name: 'max.poll.records' })).toHaveAttribute(
      'aria-valuetext',
      '500 records',
    );
    expect(screen.getByRole('slider', { name: 'partitions' })).toBeInTheDocument();
    expect(screen.getByText(/Time a batch that is not yet full may wait/)).toBeInTheDocument();
    expect(screen.getByText('(default 5 ms)')).toBeInTheDocument();
  });

  // (Keyboard operation of the native range input is covered in real Chromium by the e2e tests.)
  it('changing linger.ms applies it to the running producer', () => {
    const { store } = renderWithStore(<ConfigPanel />);
    const linger = screen.getByRole('slider', { name: 'linger.ms' });
    fireEvent.change(linger, { target: { value: '5' } }); // stops 0,1,2,5,10,20 → index 5 is 20 ms
    expect(store.getState().snap.producers[0]!.config['linger.ms']).toBe(20);
    expect(linger).toHaveAttribute('aria-valuetext', '20 ms');
  });

  it('adding partitions alters the topic live; removing restarts with an explanation', () => {
    const { store } = renderWithStore(<ConfigPanel />);
    const partitions = screen.getByRole('slider', { name: 'partitions' });
    fireEvent.change(partitions, { target: { value: '7' } }); // stop index 7 → 8 partitions
    expect(store.getState().snap.partitions).toHaveLength(8);
    expect(store.getState().notices.at(-1)?.text).toContain('now has 8 partitions');
    fireEvent.change(partitions, { target: { value: '1' } }); // → 2 partitions
    expect(store.getState().snap.partitions).toHaveLength(2);
    expect(store.getState().notices.at(-1)?.text).toContain('cannot shrink');
  });

  it('speaks Korean when the store language is Korean, keeping Kafka keys as names', () => {
    renderWithStore(<ConfigPanel />, { lang: 'ko' });
    expect(screen.getByRole('heading', { name: '설정' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'linger.ms' })).toBeInTheDocument();
    expect(screen.getByText(/아직 가득 차지 않은 배치/)).toBeInTheDocument();
  });
});
