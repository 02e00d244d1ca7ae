import { useCallback } from 'react';
import { useKafka } from './StoreContext';
import { translate, type MessageKey } from '../i18n';

/** The translate function for the store's current language. */
export function useT() {
  const lang = useKafka((s) => s.lang);
  return useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params),
    [lang],
  );
}
