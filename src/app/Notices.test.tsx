import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test-utils/renderWithStore';
import { Notices } from './Notices';

describe('Notices', () => {
  it('re-translates a visible refusal when the language changes', () => {
    const { store } = renderWithStore(<Notices />, { scenarioId: 'steady-stream' });
    act(() => {
      store.getState().act({ action: 'changeSubscription', group: 'orders-app', topics: ['payments'] });
    });
    expect(screen.getByRole('alert')).toHaveTextContent('There is no topic “payments”.');
    act(() => store.getState().setLang('ko'));
    expect(screen.getByRole('alert')).toHaveTextContent('토픽 “payments”이 없습니다.');
    expect(screen.getByRole('button', { name: '닫기' })).toBeInTheDocument();
  });
});
