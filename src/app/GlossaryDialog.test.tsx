import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, TERM_IDS } from '../i18n/glossary';
import { renderWithStore } from '../test-utils/renderWithStore';
import { GlossaryButton, filterGlossary } from './GlossaryDialog';

describe('glossary dialog', () => {
  it('lists every term alphabetically and filters them', () => {
    const { store } = renderWithStore(<GlossaryButton />);
    const button = screen.getByRole('button', { name: 'Glossary' });
    fireEvent.click(button);
    expect(store.getState().dialog).toBe('glossary');
    const dialog = screen.getByRole('dialog', { name: 'Glossary of Kafka terms' });
    const filter = within(dialog).getByRole('searchbox', { name: 'Filter terms' });
    expect(filter).toHaveFocus();
    const names = () =>
      within(dialog)
        .getAllByRole('term')
        .map((dt) => dt.textContent);
    expect(names()).toHaveLength(TERM_IDS.length);
    expect(names()[0]).toBe('acks');

    fireEvent.change(filter, { target: { value: 'lag' } });
    expect(names()).toEqual(expect.arrayContaining(['lag', 'records-lag']));
    expect(within(dialog).getByText(GLOSSARY.lag.definition.en, { exact: false })).toBeInTheDocument();
    expect(within(dialog).getByText(GLOSSARY.recordsLag.definition.en, { exact: false })).toBeInTheDocument();

    fireEvent.change(filter, { target: { value: 'zzzz' } });
    expect(within(dialog).getByText('No term matches “zzzz”.')).toBeInTheDocument();

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().dialog).toBeNull();
  });

  it('speaks Korean, and a Korean filter finds Korean names', () => {
    renderWithStore(<GlossaryButton />, { lang: 'ko' });
    fireEvent.click(screen.getByRole('button', { name: '용어집' }));
    const dialog = screen.getByRole('dialog', { name: 'Kafka 용어집' });
    fireEvent.change(within(dialog).getByRole('searchbox', { name: '용어 찾기' }), {
      target: { value: '랙' },
    });
    expect(within(dialog).getByText('랙(lag)')).toBeInTheDocument();
  });

  it('filterGlossary matches names in both languages and definitions in the current one', () => {
    expect(filterGlossary('lag', 'en')).toEqual(expect.arrayContaining(['lag', 'recordsLag']));
    expect(filterGlossary('하이 워터마크', 'ko')).toContain('hw');
    expect(filterGlossary('  ', 'en')).toHaveLength(TERM_IDS.length);
  });
});
