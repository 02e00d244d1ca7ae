import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../test-utils/renderWithStore';
import { RichText, parseRichText, plainRichText, richTextTermIds, unknownTerms } from './RichText';

describe('parseRichText', () => {
  it('reads [[id]] and [[id|label]] as terms and **bold** as bold', () => {
    expect(parseRichText('The [[isr]] shrank to [[leader|the leader]] **alone**.')).toEqual([
      { kind: 'text', text: 'The ' },
      { kind: 'term', id: 'isr' },
      { kind: 'text', text: ' shrank to ' },
      { kind: 'term', id: 'leader', label: 'the leader' },
      { kind: 'text', text: ' ' },
      { kind: 'bold', children: [{ kind: 'text', text: 'alone' }] },
      { kind: 'text', text: '.' },
    ]);
  });

  it('allows terms inside bold', () => {
    expect(parseRichText('**below the [[hw|HW]]**')).toEqual([
      {
        kind: 'bold',
        children: [
          { kind: 'text', text: 'below the ' },
          { kind: 'term', id: 'hw', label: 'HW' },
        ],
      },
    ]);
  });

  it('keeps unmatched or empty markers as text', () => {
    for (const text of ['[[isr', 'isr]]', '[isr]', '**half', '****', '[[a[b]]', 'a ** b', '[[|x]] y'])
      expect(
        parseRichText(text)
          .map((s) => (s.kind === 'text' ? s.text : `<${s.kind}>`))
          .join(''),
      ).toBe(text);
    expect(parseRichText('')).toEqual([]);
  });

  it('lists the term ids used, and which of them the glossary does not know', () => {
    const text = '[[isr]] and [[isr|ISR]], **[[hw]]**, [[nope|a thing]]';
    expect(richTextTermIds(text)).toEqual(['isr', 'hw', 'nope']);
    expect(unknownTerms(text)).toEqual(['nope']);
    expect(plainRichText(text)).toBe('ISR (in-sync replicas) and ISR, HW (high watermark), a thing');
  });
});

describe('<RichText>', () => {
  it('renders terms as focusable Terms with their own or a custom label, and bold as <strong>', () => {
    const { container } = renderWithStore(<RichText text="[[isr]] · [[minIsr|min ISR]] · **bold**" />);
    expect(container.querySelector('[data-term="isr"]')).toHaveTextContent('ISR (in-sync replicas)');
    expect(container.querySelector('[data-term="minIsr"]')).toHaveTextContent('min ISR');
    expect(container.querySelector('strong')).toHaveTextContent('bold');
    expect(container.querySelector('[data-term="isr"]')).toHaveAttribute('tabindex', '0');
  });

  it('shows a term’s own label in the current language', () => {
    const { container } = renderWithStore(<RichText text="[[hw]]" />, { lang: 'ko' });
    expect(container.querySelector('[data-term="hw"]')).toHaveTextContent('HW(하이 워터마크)');
  });

  it('renders untrusted text, HTML included, as text', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)> [[isr|<b>x</b>]]';
    const { container } = renderWithStore(<RichText text={evil} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<script>alert(1)</script><img src=x onerror=alert(2)> <b>x</b>');
  });

  it('renders an unknown term id as the plain text of its label', () => {
    const { container } = renderWithStore(<RichText text="see [[nope|this]] and [[gone]]" />);
    expect(container.querySelector('[data-term]')).toBeNull();
    expect(container.textContent).toBe('see this and gone');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
