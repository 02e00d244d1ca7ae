import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test-utils/renderWithStore';
import { PlaybackBar } from './PlaybackBar';

describe('PlaybackBar', () => {
  it('toggles play and pause, and its label says what a click will do', async () => {
    const { store } = renderWithStore(<PlaybackBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
  });

  it('steps to the next event and shows the simulated time', async () => {
    const { store } = renderWithStore(<PlaybackBar />);
    expect(screen.getByTestId('sim-time')).toHaveTextContent('t = 0 s');
    await userEvent.click(screen.getByRole('button', { name: 'Step to next event' }));
    const now = store.getState().snap.now;
    expect(now).toBeGreaterThan(0);
    expect(screen.getByTestId('sim-time')).toHaveTextContent(`t = ${now / 1000} s`);
  });

  it('sets speed on a log scale from 0.1× to 10×', () => {
    const { store } = renderWithStore(<PlaybackBar />);
    const speed = screen.getByRole('slider', { name: /Speed/ });
    fireEvent.change(speed, { target: { value: '0' } });
    expect(store.getState().speed).toBe(0.1);
    fireEvent.change(speed, { target: { value: '6' } });
    expect(store.getState().speed).toBe(10);
    expect(speed).toHaveAttribute('aria-valuetext', '10×');
  });

  it('restart returns to t = 0', async () => {
    const { store } = renderWithStore(<PlaybackBar />);
    // A store change from outside React (as the animation loop makes) re-renders: wrap it in act().
    act(() => store.getState().advanceBy(1500));
    expect(store.getState().snap.now).toBe(1500);
    await userEvent.click(screen.getByRole('button', { name: 'Restart' }));
    expect(store.getState().snap.now).toBe(0);
  });
});

describe('the simulated clock', () => {
  it('reads seconds up to an hour, then days, hours and minutes', async () => {
    const { formatSimTime } = await import('../i18n');
    expect(formatSimTime('en', 12_345)).toBe('12.345 s');
    expect(formatSimTime('en', 691_351_327)).toBe('8 d 0 h 2 min 31 s');
    expect(formatSimTime('ko', 691_351_327)).toBe('8일 0시간 2분 31초');
    expect(formatSimTime('en', 5_400_000)).toBe('1 h 30 min 0 s');
  });
});
