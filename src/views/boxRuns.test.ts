import { describe, expect, it } from 'vitest';
import { boxAt, boxesPath } from './boxRuns';

describe('boxesPath', () => {
  it('draws one closed rectangle per box in a single path', () => {
    const d = boxesPath(
      [
        { x0: 10, x1: 20 },
        { x0: 25.04, x1: 40 },
      ],
      5,
      8,
    );
    expect(d).toBe('M10 5h10v8h-10zM25 5h15v8h-15z');
    expect(boxesPath([], 0, 10)).toBe('');
  });
});

describe('boxAt', () => {
  const boxes = [
    { x0: 0, x1: 10, id: 'a' },
    { x0: 12, x1: 20, id: 'b' },
  ];
  it('finds the box under the pointer, or the nearest within the slop', () => {
    expect(boxAt(boxes, 5)?.id).toBe('a');
    expect(boxAt(boxes, 12)?.id).toBe('b');
    expect(boxAt(boxes, 11.5)?.id).toBe('b');
    expect(boxAt(boxes, 21)?.id).toBe('b');
    expect(boxAt(boxes, 30)).toBeUndefined();
  });
});
