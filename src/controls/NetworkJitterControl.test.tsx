/** The network jitter control (a simulator setting, core/network.ts) in the cluster settings. */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test-utils/renderWithStore';
import { SeedSettings } from './SeedSettings';

const KEY = 'kafkascope.network.jitter.ms';

describe('kafkascope.network.jitter.ms control', () => {
  it('is labelled by its key, off (0 ms) by default, says it is not a Kafka setting, and changes the run', () => {
    const { store } = renderWithStore(<SeedSettings />, { scenarioId: 'acks-all-survives' });
    fireEvent.click(screen.getByText(/More settings from the notes/));
    const slider = screen.getByLabelText(KEY);
    expect(slider).toHaveAccessibleDescription(/Not a Kafka setting; models network variation/);
    expect(store.getState().snap.brokerConfig[KEY]).toBe(0);
    fireEvent.change(slider, { target: { value: 4 } });
    expect(store.getState().snap.brokerConfig[KEY]).toBeGreaterThan(0);
  });

  it('explains itself in Korean too', () => {
    renderWithStore(<SeedSettings />, { scenarioId: 'acks-all-survives', lang: 'ko' });
    expect(screen.getByLabelText(KEY)).toHaveAccessibleDescription(/Kafka 설정 아님; 네트워크 변동/);
  });

  it('is keyboard operable (a native range input)', () => {
    renderWithStore(<SeedSettings />, { scenarioId: 'acks-all-survives' });
    const slider = screen.getByLabelText(KEY);
    expect(slider.tagName).toBe('INPUT');
    expect(slider).toHaveAttribute('type', 'range');
  });
});
