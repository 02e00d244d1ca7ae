/**
 * The KIP-848 rebalance timeline and member countdowns (component tests): after a join, the moved
 * partition's reconciliation — asked to revoke, acknowledged, received by the new owner — is in the
 * picture and, as text, in the moves table; the epochs as they advanced are listed; members show the
 * broker's heartbeat interval and fencing deadline, not session.timeout.ms. Expected order from
 * kafka-behaviour.md §4.10 (Kafka's CurrentAssignmentBuilder: the new owner gets a partition only after
 * the old owner acknowledged revoking it).
 */
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test-utils/renderWithStore';
import { GroupsWithControls as GroupsPanel } from '../../app/GroupsWithControls';

const seconds = (text: string | null) => Number(/([\d.]+) s/.exec(text ?? '')?.[1]);

describe('the reconciliation timeline of a consumer-protocol group', () => {
  it('marks and lists the moved partition: asked → acknowledged → received, with the epochs', () => {
    const { store } = renderWithStore(<GroupsPanel />, { scenarioId: 'kip848-consumer-join' });
    act(() => store.getState().advanceBy(25_000));
    const table = screen.getByTestId('reconciliation-moves');
    // The join's move of P5 is the latest one (start-up moved partitions too, as members joined).
    const row = within(table).getAllByRole('rowheader', { name: 'P5' }).at(-1)!.closest('tr')!;
    const asked = seconds(within(row).getByTestId('move-asked').textContent);
    const released = seconds(within(row).getByTestId('move-released').textContent);
    const received = seconds(within(row).getByTestId('move-received').textContent);
    expect(asked).toBeGreaterThan(0);
    expect(released).toBeGreaterThanOrEqual(asked);
    expect(received).toBeGreaterThan(released);
    expect(within(row).getByTestId('move-released')).toHaveTextContent('→ epoch 4');
    expect(within(row).getByTestId('move-received')).toHaveTextContent('→ epoch 4');
    // The picture carries the same three marks on P5's row, each with a text title.
    const marks = screen.getAllByTestId('reconciliation-marks')[0]!;
    const p5 = [...marks.querySelectorAll('[data-move="orders-5"]')].at(-1)!;
    expect(p5.querySelector('.recon__asked title')?.textContent).toMatch(/asked to revoke P5/);
    expect(p5.querySelector('.recon__released')?.textContent).toMatch(/^✓/);
    expect(p5.querySelector('.recon__received title')?.textContent).toMatch(/received P5 \(member epoch 4\)/);
    // Epochs as text, and the legend in words (shape + word, not colour alone).
    const steps = within(screen.getByTestId('epoch-steps'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps.some((s) => /group epoch 4: 4 joined|group epoch 4: .* joined/.test(s ?? ''))).toBe(true);
    expect(steps.filter((s) => /→ member epoch 4/.test(s ?? ''))).toHaveLength(4);
    expect(screen.getByText('▽ asked to revoke')).toBeInTheDocument();
    expect(screen.getByText('▶ the new owner received it')).toBeInTheDocument();
  });

  it('shows the broker-set heartbeat and fencing countdowns, and speaks Korean', () => {
    const { store } = renderWithStore(<GroupsPanel />, { scenarioId: 'kip848-consumer-join' });
    act(() => store.getState().advanceBy(8_000));
    expect(screen.getAllByText(/^heartbeat in \d/).length).toBeGreaterThan(0);
    const fenced = screen.getAllByText(/^fenced in [\d.]+ s$/).map((e) => seconds(e.textContent));
    expect(fenced.length).toBeGreaterThan(0);
    // group.consumer.session.timeout.ms is 45 s: never more left than that, and no classic "session" label.
    expect(Math.max(...fenced)).toBeLessThanOrEqual(45);
    expect(screen.queryByText(/^session [\d.]+ s$/)).toBeNull();
    act(() => store.getState().setLang('ko'));
    expect(screen.getAllByText(/^하트비트 [\d.]+초 후$/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/초 후 펜싱$/).length).toBeGreaterThan(0);
  });
});
