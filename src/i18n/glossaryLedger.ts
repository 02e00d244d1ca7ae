/** Glossary: what each record-ledger counter counts, and what the leader knows of a follower (read model's leaderKnownEnd). */
import type { GlossaryEntry, LedgerTermId } from './glossaryTypes';

export const LEDGER_TERMS: Record<LedgerTermId, GlossaryEntry> = {
  ledgerAppended: {
    term: { en: 'appended on leader', ko: '리더에 추가됨(appended on leader)' },
    definition: {
      en: 'Records the partition leaders wrote to their logs, counted once per write (a retried batch written twice counts twice).',
      ko: '파티션 리더가 로그에 쓴 레코드 수입니다. 쓸 때마다 셉니다(두 번 쓰인 재시도 배치는 두 번).',
    },
    seeAlso: ['leo', 'ledgerReplicated'],
  },
  ledgerReplicated: {
    term: { en: 'replicated', ko: '복제됨(replicated)' },
    definition: {
      en: 'Records the leader knows a follower holds: the highest log end a follower has reported in a fetch request. It trails the followers’ own LEO by one fetch, because the leader learns a follower’s log end only from its next fetch.',
      ko: '리더가 팔로워에 있다고 아는 레코드 수로, 팔로워가 fetch 요청에서 알린 가장 큰 로그 끝입니다. 리더는 팔로워의 로그 끝을 다음 fetch에서야 알기 때문에, 팔로워 자신의 LEO보다 fetch 한 번만큼 뒤처집니다.',
    },
    seeAlso: ['leaderKnownEnd', 'leo', 'hw'],
  },
  ledgerBelowHw: {
    term: { en: 'below HW (visible)', ko: 'HW 아래(보임)' },
    definition: {
      en: 'Records below the high watermark: committed on every ISR member and readable by consumers.',
      ko: '하이 워터마크 아래의 레코드 수입니다. 모든 ISR 멤버에 커밋되어 컨슈머가 읽을 수 있습니다.',
    },
    seeAlso: ['hw'],
  },
  ledgerAcked: {
    term: { en: 'records acknowledged', ko: '확인된 레코드(acknowledged)' },
    definition: {
      en: 'Records whose send the producer saw succeed (acks=0: as soon as they were sent).',
      ko: '프로듀서가 전송 성공을 확인한 레코드 수입니다(acks=0이면 보내자마자).',
    },
    seeAlso: ['acks'],
  },
  ledgerFailed: {
    term: { en: 'failed', ko: '실패(failed)' },
    definition: {
      en: 'Records whose send failed for good. It includes records send() refused before they reached a batch (too large, buffer exhausted), so it can exceed “appended on leader”; the CLI report splits it as rejected + failed after append.',
      ko: '전송이 최종 실패한 레코드 수입니다. 배치에 들어가기 전에 send()가 거부한 레코드(너무 큼, 버퍼 고갈)도 포함하므로 “리더에 추가됨”보다 클 수 있습니다. CLI 보고서는 rejected와 추가 뒤 실패로 나눕니다.',
    },
    seeAlso: ['deliveryTimeout', 'bufferMemory'],
  },
  leaderKnownEnd: {
    term: { en: 'leader knows', ko: '리더가 아는 끝' },
    definition: {
      en: 'A follower’s log end as its leader last learned it, from the offset in the follower’s fetch request. The high watermark and ISR follow this number, not the follower’s own LEO.',
      ko: '리더가 팔로워의 fetch 요청 오프셋으로 마지막으로 알게 된 팔로워의 로그 끝입니다. 하이 워터마크와 ISR은 팔로워 자신의 LEO가 아니라 이 값을 따릅니다.',
    },
    seeAlso: ['leo', 'hw', 'follower'],
  },
};
