/** The log's batches are one path (cheap to redraw); a click still opens the batch under the pointer. */
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PartitionView } from '../engine';
import { LogCell } from './LogCell';
import { COLUMNS } from './pipelineLayout';

const batch = (baseOffset: number, count: number) => ({
  baseOffset,
  count,
  bytes: 100 * count,
  baseSequence: baseOffset,
});
const partition = {
  partition: 0,
  logEndOffset: 30,
  recentBatches: [batch(0, 10), batch(10, 10), batch(20, 10)],
} as unknown as PartitionView;

function renderCell(onInspect = vi.fn()) {
  const view = render(
    <svg>
      <LogCell
        y={0}
        h={40}
        partition={partition}
        consumer={undefined}
        x={(offset) => 350 + offset * 10}
        labels={{ leo: 'LEO 30', position: '', committed: '' }}
        onInspect={onInspect}
      />
    </svg>,
  );
  return { ...view, onInspect };
}

describe('LogCell', () => {
  it('draws every stored batch as one rectangle of a single path', () => {
    const { container } = renderCell();
    const paths = container.querySelectorAll('.log__batch');
    expect(paths).toHaveLength(1);
    expect(paths[0]!.getAttribute('d')!.match(/M/g)).toHaveLength(3);
    expect(paths[0]!.textContent).toContain('offsets 0–29');
  });

  it('opens the batch under the pointer', () => {
    const { container, onInspect } = renderCell();
    // jsdom has no SVG geometry: the screen is the drawing (identity transform).
    const svg = container.querySelector('svg')! as unknown as SVGSVGElement;
    Object.assign(svg, {
      getScreenCTM: () => ({ inverse: () => ({}) }),
      createSVGPoint: () => ({
        x: 0,
        y: 0,
        matrixTransform(this: { x: number; y: number }) {
          return { x: this.x, y: this.y };
        },
      }),
    });
    fireEvent.click(container.querySelector('.log__batch')!, { clientX: 350 + 15 * 10, clientY: 10 });
    expect(onInspect).toHaveBeenCalledWith(partition.recentBatches[1]);
  });

  it('moves the LEO label left of the position marker when the marker would sit inside the text', () => {
    const at = (position: number) => {
      const { container, unmount } = render(
        <svg>
          <LogCell
            y={0}
            h={40}
            partition={partition}
            consumer={{ position, committed: -1 } as never}
            x={(offset) => COLUMNS.log.x + (offset / 30) * COLUMNS.log.w}
            labels={{ leo: 'LEO 30', position: 'position', committed: '' }}
          />
        </svg>,
      );
      const labelEnd = Number(container.querySelector('.log__leo')!.getAttribute('x'));
      unmount();
      return labelEnd;
    };
    const logEnd = COLUMNS.log.x + COLUMNS.log.w - 4;
    expect(at(0)).toBe(logEnd); // a marker far to the left leaves the label at the log's end
    const markerX = COLUMNS.log.x + (29 / 30) * COLUMNS.log.w; // a caught-up consumer, inside "LEO 30"
    expect(at(29)).toBeLessThanOrEqual(markerX - 8);
  });
});
