/**
 * Runs the three-protocol comparison in small slices on the main thread (a few ms each, then yields to
 * the browser), so the page keeps drawing and answering while a progress bar moves. The same engine
 * runs as `compareRebalanceProtocols`, so the figures are the same. A Web Worker would also work in
 * the served build, but not from a single file opened as file:// — slices work everywhere.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  COMPARED_PROTOCOLS,
  startProtocolRun,
  type ComparedProtocol,
  type ProtocolRunFigures,
} from '../../engine';
import { useKafkaStoreApi } from '../../store/StoreContext';

const SLICE_MS = 12;
const TASKS_PER_CHECK = 200;

export interface ComparisonState {
  running: boolean;
  /** 0…1 over the three runs. */
  progress: number;
  current: ComparedProtocol | null;
  result: { runs: ProtocolRunFigures[]; durationMs: number } | null;
}

export function useProtocolComparison(groupId: string): ComparisonState & { run: () => void } {
  const store = useKafkaStoreApi();
  const [state, setState] = useState<ComparisonState>({
    running: false,
    progress: 0,
    current: null,
    result: null,
  });
  const cancelled = useRef(false);
  useEffect(() => {
    cancelled.current = false;
    return () => {
      cancelled.current = true;
    };
  }, []);
  const run = useCallback(() => {
    const scenario = store.getState().recordedScenario();
    const runs: ProtocolRunFigures[] = [];
    let index = 0;
    let current = startProtocolRun(scenario, groupId, COMPARED_PROTOCOLS[0]!);
    setState({ running: true, progress: 0, current: current.protocol, result: null });
    const slice = () => {
      if (cancelled.current) return;
      const until = performance.now() + SLICE_MS;
      let done = false;
      while (!done && performance.now() < until) done = current.advance(TASKS_PER_CHECK);
      if (done) {
        runs.push(current.figures());
        index++;
        if (index === COMPARED_PROTOCOLS.length) {
          setState({
            running: false,
            progress: 1,
            current: null,
            result: { runs, durationMs: scenario.durationMs },
          });
          return;
        }
        current = startProtocolRun(scenario, groupId, COMPARED_PROTOCOLS[index]!);
      }
      setState((s) => ({
        ...s,
        current: current.protocol,
        progress: (index + current.progress()) / COMPARED_PROTOCOLS.length,
      }));
      setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  }, [store, groupId]);
  return { ...state, run };
}
