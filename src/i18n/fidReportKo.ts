/** Korean text for static membership (group.instance.id) and the record ledger's definitions (merged into ko.ts). */
import type { fidReportEn } from './fidReportEn';

export const fidReportKo: Record<keyof typeof fidReportEn, string> = {
  'static.title': '정적 멤버십',
  'static.member': '컨슈머',
  'static.none': '(없음)',
  'static.default': '기본값 (없음): 동적 멤버',
  'static.apply': '이 id로 재시작',
  'static.clear': 'id 없이 재시작',
  'static.help':
    'group.instance.id를 주면 컨슈머가 정적 멤버가 됩니다(KIP-345). session.timeout.ms 안에 돌아오면 리밸런스 없이 파티션을 다시 받고, close()는 LeaveGroup을 보내지 않습니다. 클라이언트는 이 값을 시작할 때 한 번만 읽으므로, 바꾸면 그 컨슈머가 재시작됩니다: 기존 프로세스가 닫히고 새 id로 새 프로세스가 시작됩니다.',
  'static.invalid': 'Kafka가 이 group.instance.id를 거부합니다:',
  'static.duplicate':
    '{member}가 이미 group.instance.id "{id}"로 실행 중입니다. Kafka라면 이전 멤버를 펜싱합니다(FencedInstanceIdException). KafkaScope는 대신 거부합니다.',
  'repl.leaderKnows': '리더가 아는 끝 {n}',
  'ledger.why':
    '왜 팔로워의 LEO보다 적을까요? 리더는 팔로워의 다음 fetch가 그 로그 끝을 알려 줄 때에야 그 레코드를 셉니다. 팔로워 자신의 로그는 이미 더 앞서 있습니다.',
};
