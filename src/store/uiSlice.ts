/** UI slice: language, notices, the selected partition and producer, the open dialog. */
import { isLangLoaded, loadLang } from '../i18n';
import { noticeText } from './noticeText';
import type { Notice, StoreGet, StoreOptions, StoreSet, UiSlice } from './storeTypes';

/** Notices on screen at once: older ones drop off. */
const MAX_NOTICES = 4;

export function createUiSlice(set: StoreSet, get: StoreGet, options: StoreOptions): UiSlice {
  let noticeId = 0;
  return {
    lang: options.lang,
    langLoading: null,
    notices: [],
    selectedPartition: null,
    selectedProducer: null,
    dialog: null,

    openDialog: (dialog) => set({ dialog }),
    setLang: (lang) => {
      if (isLangLoaded(lang)) return set({ lang, langLoading: null });
      set({ langLoading: lang });
      // The whole page switches at once when the catalogue arrives (never half translated).
      loadLang(lang).then(
        () => get().langLoading === lang && set({ lang, langLoading: null }),
        () => {
          set({ langLoading: null });
          get().notify('error', { key: 'app.loadFailed' });
        },
      );
    },
    notify: (kind, given) => {
      const content = typeof given === 'string' ? { text: given } : given;
      const notice: Notice = { id: ++noticeId, kind, content, text: noticeText(get().lang, content) };
      set({ notices: [...get().notices.slice(-(MAX_NOTICES - 1)), notice] });
    },
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    selectPartition: (selectedPartition) => set({ selectedPartition }),
    selectProducer: (selectedProducer) => set({ selectedProducer }),
  };
}
