import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { GLOSSARY } from '../i18n/glossary';
import { renderWithStore } from '../test-utils/renderWithStore';
import { Term } from './Term';

describe('<Term>', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`shows the definition on keyboard focus and hides it on Escape (${lang})`, () => {
      renderWithStore(<Term id="isr">ISR</Term>, { lang });
      const term = screen.getByText('ISR');
      expect(term).toHaveAttribute('tabindex', '0');
      expect(screen.queryByRole('tooltip')).toBeNull();

      act(() => term.focus());
      const tip = screen.getByRole('tooltip');
      expect(tip).toHaveTextContent(GLOSSARY.isr.term[lang]);
      expect(tip).toHaveTextContent(GLOSSARY.isr.definition[lang]);
      expect(term).toHaveAttribute('aria-describedby', tip.id);
      expect(document.getElementById(term.getAttribute('aria-describedby')!)).toBe(tip);

      fireEvent.keyDown(term, { key: 'Escape' });
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(term).toHaveFocus();
    });
  }

  it('follows the store’s language while open', () => {
    const { store, container } = renderWithStore(<Term id="lag" />);
    const term = container.querySelector<HTMLElement>('[data-term="lag"]')!;
    expect(term).toHaveTextContent('lag');
    act(() => term.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent(GLOSSARY.lag.definition.en);
    act(() => store.getState().setLang('ko'));
    expect(term).toHaveTextContent('랙(lag)');
    expect(screen.getByRole('tooltip')).toHaveTextContent(GLOSSARY.lag.definition.ko);
  });

  it('opens on hover, stays while the pointer moves onto the tooltip, closes after it leaves', () => {
    vi.useFakeTimers();
    try {
      renderWithStore(<Term id="hw">HW</Term>);
      const term = screen.getByText('HW');
      fireEvent.mouseEnter(term);
      const tip = screen.getByRole('tooltip');
      fireEvent.mouseLeave(term);
      fireEvent.mouseEnter(tip);
      act(() => vi.advanceTimersByTime(500));
      expect(screen.getByRole('tooltip')).toBeVisible();
      fireEvent.mouseLeave(tip);
      act(() => vi.advanceTimersByTime(500));
      expect(screen.queryByRole('tooltip')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('Escape closes a hovered tooltip even when focus is elsewhere, and blur closes a focused one', () => {
    renderWithStore(<Term id="leo">LEO</Term>);
    const term = screen.getByText('LEO');
    fireEvent.mouseEnter(term);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => term.focus());
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    act(() => term.blur());
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
