/** Korean text of the glossary button and dialog, and legends that mark glossary terms (merged into ko.ts). */
import type { glossaryUiEn } from './glossaryUiEn';

export const glossaryUiKo: Record<keyof typeof glossaryUiEn, string> = {
  'glossary.button': '용어집',
  'glossary.title': 'Kafka 용어집',
  'glossary.close': '닫기',
  'glossary.filter': '용어 찾기',
  'glossary.filterHint': '예: lag',
  'glossary.count': '용어 {total}개 중 {n}개',
  'glossary.none': '“{q}”에 맞는 용어가 없습니다.',
  'glossary.seeAlso': '함께 보기: {terms}',
  'view.legend.sentBecause':
    '마지막 배치가 떠난 이유: [[batchSize|가득 참]] · [[linger|linger.ms]] 만료 · 같은 브로커로 가는 준비된 배치와 [[rodeAlong|함께 전송]]',
  'view.legend.recordsLag': '[[recordsLag|records-lag]] = 하이 워터마크 − 위치 (컨슈머 자신의 지표)',
};
