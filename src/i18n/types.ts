export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];
