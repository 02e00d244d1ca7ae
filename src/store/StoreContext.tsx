/** One store per visualiser instance, handed down through context (so A/B compare gets two). */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { KafkaStore, KafkaStoreState } from './kafkaStore';

const StoreContext = createContext<KafkaStore | null>(null);
/** Where a panel's text is refreshed at a lower rate (views/VisibilityGate.tsx), the store at frame rate. */
const MotionContext = createContext<KafkaStore | null>(null);

export function KafkaStoreProvider({ store, children }: { store: KafkaStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useKafkaStoreApi(): KafkaStore {
  const store = useContext(StoreContext);
  if (!store)
    throw new Error('useKafkaStore must be used inside <KafkaStoreProvider>: wrap the visualiser in one.');
  return store;
}

/** Provides the frame-rate store to what moves inside a panel whose text is refreshed less often. */
export function KafkaMotionProvider({ store, children }: { store: KafkaStore; children: ReactNode }) {
  return <MotionContext.Provider value={store}>{children}</MotionContext.Provider>;
}

/**
 * `useKafka` for what moves every frame (markers on the wires, a batch's linger countdown): reads
 * the frame-rate store where a panel's text is refreshed less often, the ordinary store elsewhere.
 */
export function useKafkaMotion<T>(selector: (state: KafkaStoreState) => T): T {
  const motion = useContext(MotionContext);
  const store = useKafkaStoreApi();
  return useStore(motion ?? store, selector);
}

/** Subscribes to one slice of the store; re-renders only when that slice changes. */
export function useKafka<T>(selector: (state: KafkaStoreState) => T): T {
  return useStore(useKafkaStoreApi(), selector);
}
