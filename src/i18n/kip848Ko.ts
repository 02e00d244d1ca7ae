/** Korean text of the KIP-848 (group.protocol=consumer) controls and views (merged into ko.ts). */
import type { kip848En } from './kip848En';

export const kip848Ko: Record<keyof typeof kip848En, string> = {
  'kip848.protocol.doc':
    '컨슈머가 쓰는 리밸런스 프로토콜: classic (JoinGroup/SyncGroup, 클라이언트 쪽 리더가 할당) 또는 consumer (KIP-848: ConsumerGroupHeartbeat, 브로커가 할당하고 각 멤버가 스스로 조정).',
  'kip848.protocol.classic': 'classic',
  'kip848.protocol.consumer': 'consumer (KIP-848)',
  'kip848.protocol.restarted':
    'group.protocol은 컨슈머가 시작할 때 한 번만 읽음: 그룹 {id}을(를) {protocol} 프로토콜로 바꿔 시나리오를 다시 시작함 (기록한 변경은 그 시각에 다시 적용됨).',
  'kip848.protocol.preview':
    'Kafka {version} (3.7–3.9): consumer 프로토콜은 얼리 액세스/프리뷰이며 브로커가 group.coordinator.rebalance.protocols=classic,consumer로 설정해야 켜짐 — 아니면 컨슈머가 “The cluster does not support the new CONSUMER group protocol”로 실패함. 쓰려면 4.0 프로필을 고를 것.',
  'kip848.protocol.absent':
    'Kafka {version}에는 consumer 그룹 프로토콜이 없음: KIP-848은 3.7에서 얼리 액세스로 나와 4.0부터 정식(GA).',
  'kip848.assignor.doc':
    '그룹 코디네이터가 실행하는 서버 쪽 할당기: uniform은 파티션을 고르게 나누고 있던 자리에 두며, range는 각 멤버에게 토픽별로 연속된 범위를 줌.',
  'kip848.assignor.restarted':
    'group.remote.assignor는 컨슈머가 시작할 때 읽음: 그룹 {id}이(가) {assignor} 할당기를 쓰도록 시나리오를 다시 시작함.',
  'kip848.ignored': 'group.protocol=consumer에서는 쓰이지 않음: {why}',
  'kip848.ignored.session.timeout.ms':
    '세션 타임아웃은 브로커가 정함 (group.consumer.session.timeout.ms, 45초).',
  'kip848.ignored.heartbeat.interval.ms':
    '하트비트 간격은 브로커가 정함 (group.consumer.heartbeat.interval.ms, 5초).',
  'kip848.ignored.partition.assignment.strategy': '파티션은 브로커가 할당함 (group.remote.assignor).',
  'kip848.badge': 'consumer 프로토콜 (KIP-848)',
  'kip848.groupEpoch': '그룹 에포크 {n}',
  'kip848.targetEpoch': '목표 할당 에포크 {n}',
  'kip848.state.EMPTY': 'Empty',
  'kip848.state.ASSIGNING': 'Assigning',
  'kip848.state.RECONCILING': 'Reconciling',
  'kip848.state.STABLE': 'Stable',
  'kip848.explain.EMPTY': '멤버가 없음: 그룹은 커밋된 오프셋을 유지함.',
  'kip848.explain.ASSIGNING':
    '그룹 에포크가 목표 할당보다 앞섬: 코디네이터가 다음 하트비트에서 새 목표 할당을 계산함.',
  'kip848.explain.RECONCILING':
    '멤버들이 하나씩 목표 할당으로 옮겨 가는 중: 옮겨지는 파티션만 멈추고 나머지는 계속 소비함.',
  'kip848.explain.STABLE': '모든 멤버가 목표 할당 에포크에서 자기 목표 파티션을 가짐.',
  'kip848.members.title': '멤버: 에포크와 조정(reconciliation)',
  'kip848.col.member': 'client.id',
  'kip848.col.epoch': '멤버 에포크',
  'kip848.col.state': '멤버 상태',
  'kip848.col.owns': '소유',
  'kip848.col.revoking': '내놓을 파티션',
  'kip848.col.waiting': '기다리는 파티션',
  'kip848.member.STABLE': '안정',
  'kip848.member.UNREVOKED_PARTITIONS': '미반납 파티션 (다음 poll에서 내놓음)',
  'kip848.member.UNRELEASED_PARTITIONS': '미해제 파티션 (이전 소유자를 기다림)',
  'kip848.behind': '(목표 에포크 {n}보다 뒤)',
  'kip848.log.title': '조정 단계 (최신 순)',
  'kip848.log.empty': '아직 조정 단계 없음.',
  'kip848.log.joined': '{at}초 · {member} 합류: 그룹 에포크 {group}',
  'kip848.log.revoke': '{at}초 · {member}에게 {parts} 반납 요청 (목표 에포크 {group})',
  'kip848.log.revoked': '{at}초 · {member}이(가) {parts} 반납을 확인 → 멤버 에포크 {epoch}',
  'kip848.log.assign': '{at}초 · {member}이(가) {parts}을(를) 받음 → 멤버 에포크 {epoch}',
  'kip848.log.left': '{at}초 · {member} 떠남: 그룹 에포크 {group}',
  'kip848.log.fenced': '{at}초 · {member} 펜싱됨 ({reason}): 그룹 에포크 {group}',
  'kip848.wire.help':
    '이 컨슈머와 코디네이터(브로커 {id}) 사이의 ConsumerGroupHeartbeat: 요청은 멤버 에포크와 소유 파티션을, 응답은 할당을 실어 나름',
  'kip848.describe.members': 'kafka-consumer-groups --describe --group {id} --members --verbose',
  'kip848.describe.state': 'kafka-consumer-groups --describe --group {id} --state --verbose',
  'kip848.compare.title': '리밸런스 프로토콜 비교',
  'kip848.compare.intro':
    '이 시나리오를 뒤에서 세 번 더 실행함 — 그룹을 classic eager (range), classic cooperative (cooperative-sticky), consumer 프로토콜 (KIP-848)로 — 같은 워크로드, 같은 멤버 변화로 각각 무엇을 멈추게 했는지 비교함.',
  'kip848.compare.run': '세 프로토콜 실행',
  'kip848.compare.running': '시나리오 사본 세 개를 실행하는 중…',
  'kip848.compare.caption':
    '각 프로토콜에서 같은 {s}초의 시뮬레이션 시간 (처음 멤버들이 자리 잡은 뒤부터 셈)',
  'kip848.compare.protocol': '프로토콜',
  'kip848.compare.eager': 'classic · eager (range)',
  'kip848.compare.cooperative': 'classic · cooperative (cooperative-sticky)',
  'kip848.compare.consumer': 'consumer (KIP-848, uniform)',
  'kip848.compare.paused': '멈춘 파티션',
  'kip848.compare.pauseMs': '멈춘 시간 합계',
  'kip848.compare.twice': '두 번 읽힌 레코드',
  'kip848.compare.settled': '{change} 후 다시 균형까지',
  'kip848.compare.change.addConsumer': '{s}초의 합류',
  'kip848.compare.change.crashConsumer': '{s}초의 크래시',
  'kip848.compare.change.stopConsumer': '{s}초의 종료',
  'kip848.compare.change.slowConsumer': '{s}초의 느린 멤버',
  'kip848.compare.never': '실행 안에 이루어지지 않음',
  'kip848.compare.noChanges':
    '이 시나리오에는 그룹의 멤버 변화가 없음: 타임라인에 합류, 크래시, 느린 멤버를 추가하거나 “리밸런스 프로토콜 비교” 예제를 고를 것.',
  'kip848.compare.seconds': '{s}초',
};
