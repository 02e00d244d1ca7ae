/** The scenario picker loads the chosen example on demand; Play pressed meanwhile plays the new one. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test-utils/renderWithStore';
import { ScenarioPicker } from './ScenarioPicker';

describe('ScenarioPicker', () => {
  it('switches to the chosen example, paused', async () => {
    const { store } = renderWithStore(<ScenarioPicker />);
    store.getState().play();
    fireEvent.change(screen.getByLabelText('Scenario'), { target: { value: 'hot-keys' } });
    await waitFor(() => expect(store.getState().scenarioId).toBe('hot-keys'));
    expect(store.getState().playing).toBe(false);
  });

  it('plays the new example when Play was pressed while it was loading', async () => {
    const { store } = renderWithStore(<ScenarioPicker />);
    fireEvent.change(screen.getByLabelText('Scenario'), { target: { value: 'hot-keys' } });
    store.getState().play(); // the learner presses Play before the example has arrived
    await waitFor(() => expect(store.getState().scenarioId).toBe('hot-keys'));
    expect(store.getState().playing).toBe(true);
  });
});
