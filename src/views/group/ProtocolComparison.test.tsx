import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test-utils/renderWithStore';
import { ProtocolComparison } from './ProtocolComparison';

describe('ProtocolComparison', () => {
  it('runs the scenario under eager, cooperative and KIP-848 and shows the figures side by side', async () => {
    const { store } = renderWithStore(<ProtocolComparison groupId="orders-app" />, {
      scenarioId: 'rebalance-protocols-compared',
    });
    // Only the join at 10 s, so the three copies stay quick.
    act(() =>
      store.getState().loadScenario('rebalance-protocols-compared', {
        ...store.getState().scenario,
        durationMs: 20_000,
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Run the three protocols' }));
    // Runs in slices: the page shows how far it got while it runs.
    expect(screen.getByRole('progressbar', { name: 'Progress of the three runs' })).toBeInTheDocument();
    const table = await screen.findByTestId('comparison-table', {}, { timeout: 30_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'classic · eager (range)',
      'classic · cooperative (cooperative-sticky)',
      'consumer (KIP-848, uniform)',
    ]);
    expect(within(rows[0]!).getByTestId('compare-paused')).toHaveTextContent(/^6 /);
    expect(
      within(table).getByRole('columnheader', { name: /balanced again after a join at 10 s/ }),
    ).toBeInTheDocument();
    // Three ownership timelines side by side; eager's shows every partition paused, as its figure says.
    const charts = within(screen.getByTestId('comparison-timelines')).getAllByRole('img');
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^classic · eager \(range\): .* 6 partition\(s\) paused/),
      expect.stringMatching(/^classic · cooperative/),
      expect.stringMatching(/^consumer \(KIP-848, uniform\)/),
    ]);
    expect(screen.queryByRole('progressbar')).toBeNull();
  }, 60_000);
});
