/**
 * Which batch the record inspector shows. A small vanilla store of its own: the selection is view state,
 * not simulation state, and the pipeline cells and the inspector panel both need it.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export type InspectedBatch =
  | { where: 'accumulator'; batchId: number }
  | { where: 'log'; partition: number; baseSequence: number; producer: string };

interface SelectionState {
  selected: InspectedBatch | null;
  select(batch: InspectedBatch | null): void;
}

export const inspectorSelection = createStore<SelectionState>()((set) => ({
  selected: null,
  select: (selected) => set({ selected }),
}));

export function useInspectorSelection<T>(selector: (s: SelectionState) => T): T {
  return useStore(inspectorSelection, selector);
}
