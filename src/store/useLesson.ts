/**
 * The lesson store of a visualiser instance, derived from its Kafka store (one each, made on first use),
 * so every component inside a <KafkaStoreProvider> reaches the lesson of its own instance.
 */
import { useStore } from 'zustand';
import type { KafkaStore } from './kafkaStore';
import { createLessonStore, type LessonStore, type LessonStoreState } from './lessonStore';
import { useKafkaStoreApi } from './StoreContext';

const lessonStores = new WeakMap<KafkaStore, LessonStore>();

export function lessonStoreFor(kafka: KafkaStore): LessonStore {
  let store = lessonStores.get(kafka);
  if (!store) {
    store = createLessonStore(kafka);
    lessonStores.set(kafka, store);
  }
  return store;
}

export function useLessonStoreApi(): LessonStore {
  return lessonStoreFor(useKafkaStoreApi());
}

/** Subscribes to one slice of the lesson store. */
export function useLesson<T>(selector: (state: LessonStoreState) => T): T {
  return useStore(useLessonStoreApi(), selector);
}
