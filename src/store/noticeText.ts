/**
 * What a notice says, kept as message keys and parameters rather than finished text, so switching
 * language re-translates the notices on screen (an engine refusal carries its ActionError code).
 */
import type { ActionErrorCode, ActionErrorParams, SimEvent } from '../engine';
import { formatNumber, translate, type Lang, type MessageKey } from '../i18n';

/** An engine refusal: the code and parameters of its ActionError, and when a scheduled one was skipped. */
export interface RefusalContent {
  code: ActionErrorCode;
  params: ActionErrorParams;
  /** Set for a timeline action skipped at run time (a live click has neither). */
  scheduled?: { action: string; atMs: number };
}

export type NoticeContent =
  | { text: string }
  | { key: MessageKey; params?: Record<string, string | number> }
  | { refusal: RefusalContent };

export function refusalOf(e: Extract<SimEvent, { type: 'ActionRefused' }>): NoticeContent {
  return { refusal: { code: e.code, params: e.params, scheduled: { action: e.action, atMs: e.at } } };
}

export function noticeText(lang: Lang, content: NoticeContent): string {
  if ('text' in content) return content.text;
  if ('key' in content) return translate(lang, content.key, content.params);
  const { code, params, scheduled } = content.refusal;
  const reason = translate(lang, `actionError.${code}`, params);
  if (!scheduled) return reason;
  return translate(lang, 'actionError.refusedAt', {
    action: scheduled.action,
    time: `${formatNumber(lang, scheduled.atMs / 1000, 3)} s`,
    reason,
  });
}
