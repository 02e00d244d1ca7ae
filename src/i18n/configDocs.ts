/** The one-line explanation of a config key, in the UI language (text in configDocsEn.ts / configDocsKo.ts). */
import { configDocsEn } from './configDocsEn';
import { translate, type Lang } from './index';

/** Which client or server a key belongs to; the same as the engine's ConfigScope (i18n imports nothing). */
export type ConfigDocScope = 'producer' | 'consumer' | 'topic' | 'broker';
export type ConfigDocKey = keyof typeof configDocsEn;

/** The catalogue key of a config key's doc, or undefined when no doc is written for it. */
export function configDocKey(scope: ConfigDocScope, key: string): ConfigDocKey | undefined {
  const id = `configDoc.${scope}.${key}`;
  return Object.hasOwn(configDocsEn, id) ? (id as ConfigDocKey) : undefined;
}

/** The doc of a config key in `lang`; empty when none is written (catalogueParity.test.ts keeps that from happening). */
export function configDoc(lang: Lang, scope: ConfigDocScope, key: string): string {
  const id = configDocKey(scope, key);
  return id === undefined ? '' : translate(lang, id);
}
