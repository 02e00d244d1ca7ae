/** A gated panel: its text at most every interval, what moves every change, actions at once. */
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findExample } from '../scenarios';
import { createKafkaStore } from '../store/kafkaStore';
import { KafkaStoreProvider, useKafka, useKafkaMotion } from '../store/StoreContext';
import { VisibilityGate } from './VisibilityGate';

function Probe() {
  const text = useKafka((s) => s.snap.now);
  const lang = useKafka((s) => s.lang);
  const moving = useKafkaMotion((s) => s.snap.now);
  return (
    <p>
      <span data-testid="text">{text}</span> <span data-testid="moving">{moving}</span>{' '}
      <span data-testid="lang">{lang}</span>
    </p>
  );
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('VisibilityGate', () => {
  it('refreshes text at most every interval while markers follow every frame', () => {
    const id = 'steady-stream';
    const store = createKafkaStore({ scenarioId: id, scenario: findExample(id)!.scenario, lang: 'en' });
    render(
      <KafkaStoreProvider store={store}>
        <VisibilityGate intervalMs={1000}>
          <Probe />
        </VisibilityGate>
      </KafkaStoreProvider>,
    );
    act(() => {
      store.getState().advanceBy(16);
      vi.advanceTimersByTime(1);
    });
    expect(screen.getByTestId('text')).toHaveTextContent('16');
    for (let i = 0; i < 10; i++) act(() => store.getState().advanceBy(16));
    expect(screen.getByTestId('moving')).toHaveTextContent('176');
    expect(screen.getByTestId('text')).toHaveTextContent('16');
    // An action does not wait for the interval (and brings the text up to date with it).
    act(() => store.getState().setLang('ko'));
    expect(screen.getByTestId('lang')).toHaveTextContent('ko');
    expect(screen.getByTestId('text')).toHaveTextContent('176');
    act(() => store.getState().advanceBy(16));
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByTestId('text')).toHaveTextContent('192');
  });
});
