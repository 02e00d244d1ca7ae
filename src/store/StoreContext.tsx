/** One store per visualiser instance, handed down through context (so A/B compare gets two). */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { KafkaStore, KafkaStoreState } from './kafkaStore';

const StoreContext = createContext<KafkaStore | null>(null);

export function KafkaStoreProvider({ store, children }: { store: KafkaStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useKafkaStoreApi(): KafkaStore {
  const store = useContext(StoreContext);
  if (!store)
    throw new Error('useKafkaStore must be used inside <KafkaStoreProvider>: wrap the visualiser in one.');
  return store;
}

/** Subscribes to one slice of the store; re-renders only when that slice changes. */
export function useKafka<T>(selector: (state: KafkaStoreState) => T): T {
  return useStore(useKafkaStoreApi(), selector);
}
