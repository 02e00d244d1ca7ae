import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test-utils/renderWithStore';
import { ShareDialog } from './ShareDialog';

describe('Export config in the Share dialog', () => {
  it('shows the properties text with a changed linger.ms, and switches format', () => {
    const { store } = renderWithStore(<ShareDialog />, { scenarioId: 'linger-vs-batch-size' });
    act(() => {
      store
        .getState()
        .act({ action: 'setProducerConfig', producer: 'producer-1', key: 'linger.ms', value: 200 });
      store.getState().openDialog('share');
    });
    const section = screen.getByTestId('export-config');
    expect(within(section).getByRole('heading', { name: 'Export config' })).toBeInTheDocument();
    const text = within(section).getByRole('textbox', { name: 'Exported settings' }) as HTMLTextAreaElement;
    expect(text.value).toContain('# Kafka 4.0 client defaults otherwise');
    expect(text.value).toContain('\nlinger.ms=200\n');
    expect(text.value).not.toContain('batch.size');

    fireEvent.change(within(section).getByRole('combobox', { name: 'Format' }), {
      target: { value: 'kafka-python' },
    });
    expect(text.value).toContain('linger_ms=200,');
    fireEvent.change(within(section).getByRole('combobox', { name: 'Format' }), {
      target: { value: 'confluent-kafka' },
    });
    expect(text.value).toContain('"linger.ms": 200,');
    expect(within(section).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Download' })).toBeInTheDocument();
  });

  it('speaks Korean', () => {
    const { store } = renderWithStore(<ShareDialog />, { scenarioId: 'linger-vs-batch-size', lang: 'ko' });
    act(() => store.getState().openDialog('share'));
    const section = screen.getByTestId('export-config');
    expect(within(section).getByRole('heading', { name: '설정 내보내기' })).toBeInTheDocument();
    expect(within(section).getByRole('combobox', { name: '형식' })).toBeInTheDocument();
  });
});
