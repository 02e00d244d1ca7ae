import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PlaybackBar } from '../controls/PlaybackBar';
import { renderWithStore } from '../test-utils/renderWithStore';
import { NarrationFeed } from './NarrationFeed';

describe('NarrationFeed', () => {
  it('lists key sentences newest first; clicking one seeks to its time and pauses', async () => {
    const { store } = renderWithStore(<NarrationFeed />, { scenarioId: 'acks-1-loses-acked-data' });
    act(() => {
      store.getState().play();
      store.getState().advanceBy(4000);
    });
    expect(screen.getByRole('heading', { name: 'What just happened' })).toBeInTheDocument();
    const crash = screen.getByRole('button', { name: /t = 3 s.*Broker 0 crashed/ });
    const items = within(screen.getByRole('list')).getAllByRole('button');
    expect(items[0]!.textContent).toMatch(/t = 3\.\d+ s/); // newest (a retry after the crash) first
    await userEvent.click(crash);
    expect(store.getState().snap.now).toBe(3000);
    expect(store.getState().playing).toBe(false);
  });

  it('shows detail sentences only when "Key events only" is off', () => {
    const { store } = renderWithStore(<NarrationFeed />);
    act(() => store.getState().advanceBy(2000));
    expect(screen.queryByText(/batches? left because linger\.ms/)).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Key events only' }));
    expect(screen.getAllByText(/batches? left because linger\.ms \(5 ms\) expired/).length).toBeGreaterThan(
      0,
    );
  });

  it('re-translates when the language changes', () => {
    const { store } = renderWithStore(<NarrationFeed />, { scenarioId: 'acks-1-loses-acked-data' });
    act(() => store.getState().advanceBy(3500));
    expect(screen.getByText('Broker 0 crashed')).toBeInTheDocument();
    act(() => store.getState().setLang('ko'));
    expect(screen.getByRole('heading', { name: '방금 일어난 일' })).toBeInTheDocument();
    expect(screen.getByText('브로커 0 다운')).toBeInTheDocument();
  });
});

describe('PlaybackBar step description', () => {
  it('says what "Step to next event" did in a polite live region', async () => {
    const { store } = renderWithStore(<PlaybackBar />, { scenarioId: 'acks-1-loses-acked-data' });
    act(() => store.getState().seek(2999));
    await userEvent.click(screen.getByRole('button', { name: 'Step to next event' }));
    const region = screen.getByTestId('step-description');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('Broker 0 crashed');
  });
});
