/** 개입이 거부된 이유 (엔진 ActionError 코드), 알림을 표시할 때 번역한다. */
import type { actionErrorEn } from './actionErrorEn';

export const actionErrorKo: Record<keyof typeof actionErrorEn, string> = {
  'actionError.noProducer': '프로듀서 “{producer}”가 없습니다.',
  'actionError.noGroup': '컨슈머 그룹 “{group}”이 없습니다.',
  'actionError.noTopic': '토픽 “{topic}”이 없습니다.',
  'actionError.noMember': '그룹 “{group}”에 컨슈머 “{member}”가 없습니다.',
  'actionError.noBroker': '브로커 {broker}는 없습니다 (브로커는 0–{max}).',
  'actionError.unknownConfig': '알 수 없는 {scope} 설정 “{key}”입니다.',
  'actionError.unknownConfigHint': '알 수 없는 {scope} 설정 “{key}”입니다. “{hint}”를 뜻했나요?',
  'actionError.badValue': '{key}: {detail}',
  'actionError.configRefused': 'Kafka가 이 설정을 거부합니다: {detail}',
  'actionError.partitionsNotIncreased':
    'Kafka는 파티션을 늘릴 수만 있습니다: 토픽의 파티션은 {current}개이므로 {requested}개는 증가가 아닙니다.',
  'actionError.memberLimit': 'KafkaScope의 그룹에는 컨슈머를 최대 {max}개까지 둘 수 있습니다.',
  'actionError.memberNotRunning':
    '{member}는 실행 중이 아닙니다. 이 group.instance.id로 컨슈머를 새로 시작하세요.',
  'actionError.notNonNegative': '{field}: 0 이상의 숫자가 필요한데 {got}입니다.',
  'actionError.notNonNegativeInt': '{field}: 0 이상의 정수가 필요한데 {got}입니다.',
  'actionError.badCommitMode': '커밋 방식: none, commitSync, commitAsync 중 하나여야 하는데 {got}입니다.',
  'actionError.emptySubscription': '토픽을 하나 이상 구독해야 합니다.',
  'actionError.fastForwardRange': '빨리 감기: 0부터 {max} 사이의 밀리초(정수)가 필요한데 {got}입니다.',
  'actionError.refusedAt': '{time}에 예정된 {action}을 건너뛰었습니다: {reason}',
};
