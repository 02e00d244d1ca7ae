/** Korean config-key docs (merged into ko.ts); same keys as configDocsEn.ts. */
import type { configDocsEn } from './configDocsEn';

export const configDocsKo: Record<keyof typeof configDocsEn, string> = {
  // producer
  'configDoc.producer.linger.ms': '아직 가득 차지 않은 배치가 레코드를 더 모으려고 기다리는 최대 시간.',
  'configDoc.producer.batch.size':
    '파티션별 배치 하나의 크기 상한. 가득 찬 배치는 즉시 전송됨. 0이면 배치하지 않음.',
  'configDoc.producer.buffer.memory':
    '아직 응답받지 못한 배치 전체에 쓰는 메모리. 가득 차면 send()가 블록됨.',
  'configDoc.producer.max.block.ms': 'send()가 버퍼 메모리를 기다리며 블록될 수 있는 최대 시간.',
  'configDoc.producer.max.request.size': '프로듀스 요청 하나의 최대 크기이자 레코드 하나의 최대 크기.',
  'configDoc.producer.max.in.flight.requests.per.connection':
    '브로커 연결 하나에 동시에 보낼 수 있는, 응답받지 않은 요청 수.',
  'configDoc.producer.acks': '리더가 응답하기 전에 몇 개의 복제본이 쓰기를 가져야 하는지 (0: 응답 없음).',
  'configDoc.producer.enable.idempotence':
    '브로커가 프로듀서 ID와 시퀀스 번호로 재시도된 배치의 중복을 제거함.',
  'configDoc.producer.retries': '실패한 배치를 재시도할 수 있는 횟수.',
  'configDoc.producer.retry.backoff.ms': '첫 재시도 전 대기 시간.',
  'configDoc.producer.retry.backoff.max.ms':
    '지수적으로 늘어나는 재시도 대기의 상한 (retry.backoff.ms부터 두 배씩, ±20% 지터).',
  'configDoc.producer.request.timeout.ms': '요청 하나의 응답을 기다리는 시간.',
  'configDoc.producer.delivery.timeout.ms': 'send()부터 성공 또는 실패까지의 상한 (재시도 포함).',
  'configDoc.producer.compression.type':
    '프로듀서가 배치마다 적용하는 압축 방식. 배치가 클수록 더 잘 압축됨.',
  'configDoc.producer.key.serializer':
    '키를 바이트로 바꿈. 파티션은 이 바이트의 murmur2로 정해지므로 직렬화 방식이 파티션을 바꿈.',
  'configDoc.producer.value.serializer':
    '값을 바이트로 바꿈 (IntegerSerializer: 항상 4바이트, 여기서 ByteArray는 압축되지 않는 무작위 바이트).',
  'configDoc.producer.partitioner.class':
    'none: 내장 파티셔너 (키가 있으면 해시, 없으면 스티키). RoundRobinPartitioner: 키를 무시하고 레코드마다 다음 파티션으로.',
  'configDoc.producer.partitioner.adaptive.partitioning.enable':
    'Kafka 3.3+: 키 없는 레코드가 큐가 긴 브로커의 파티션으로는 덜 가도록 가중치를 줌.',
  'configDoc.producer.partitioner.availability.timeout.ms':
    'Kafka 3.3+: 브로커가 이 시간 이상 데이터를 받지 못한 파티션은 건너뜀 (0 = 끔).',
  'configDoc.producer.partitioner.ignore.keys':
    'Kafka 3.3+: true이면 키가 있는 레코드도 스티키 방식을 씀 (키별 파티션 고정이 사라짐).',
  'configDoc.producer.kafkascope.client':
    '시뮬레이터 설정 (Kafka 키 아님): kafka-python의 DefaultPartitioner는 키 없는 레코드를 무작위 파티션에 보냄.',
  'configDoc.producer.kafkascope.kafka9965.bug':
    '시뮬레이터 설정 (Kafka 키 아님): KAFKA-9965 수정 전의 RoundRobinPartitioner (새 배치마다 파티션을 건너뜀).',
  'configDoc.producer.metadata.max.age.ms':
    '프로듀서가 메타데이터를 최소한 이 주기로 새로 고침. 토픽에 추가된 파티션은 새로 고침 뒤에야 (또는 오류로 더 일찍 새로 고칠 때) 쓰임.',
  // consumer
  'configDoc.consumer.metadata.max.age.ms':
    '컨슈머가 메타데이터를 최소한 이 주기로 새로 고침. 그룹 리더는 그때 추가된 파티션을 알아채고 리밸런스를 시작함.',
  'configDoc.consumer.max.poll.records':
    'poll() 한 번이 돌려주는 최대 레코드 수. 가져온 데이터를 나눌 뿐 fetch 크기는 바꾸지 않음.',
  'configDoc.consumer.fetch.min.bytes':
    '이만큼의 데이터가 쌓이면 (또는 대기 시간이 끝나면) 브로커가 fetch에 응답함.',
  'configDoc.consumer.fetch.max.wait.ms':
    'fetch.min.bytes를 기다리며 브로커가 fetch를 붙잡아 두는 최대 시간 (롱 폴링).',
  'configDoc.consumer.max.partition.fetch.bytes':
    'fetch 한 번에 파티션당 돌려받는 최대 바이트 (첫 배치는 항상 통째로 옴).',
  'configDoc.consumer.fetch.max.bytes': 'fetch 한 번에 돌려받는 전체 최대 바이트.',
  'configDoc.consumer.enable.auto.commit':
    'poll() 안에서 auto.commit.interval.ms마다 위치를 자동으로 커밋함.',
  'configDoc.consumer.auto.commit.interval.ms': '자동 커밋 주기.',
  'configDoc.consumer.auto.offset.reset': '그룹에 커밋된 오프셋이 없을 때 어디서부터 읽을지.',
  'configDoc.consumer.session.timeout.ms': '이 시간 동안 하트비트가 없으면 멤버가 그룹에서 제거됨.',
  'configDoc.consumer.heartbeat.interval.ms': '하트비트 스레드의 보고 주기.',
  'configDoc.consumer.max.poll.interval.ms': '이 시간 동안 poll()을 호출하지 않으면 멤버가 그룹을 떠남.',
  'configDoc.consumer.partition.assignment.strategy':
    '멤버가 지원하는 할당기 목록 (선호 순). 모두 협력형일 때만 협력형이 되므로 기본값은 eager Range.',
  'configDoc.consumer.key.deserializer':
    '키 바이트를 값으로 되돌림. 프로듀서의 key.serializer와 짝이 맞아야 함 (Kafka 기본값 없음).',
  'configDoc.consumer.value.deserializer':
    '값 바이트를 값으로 되돌림. 프로듀서의 value.serializer와 짝이 맞아야 함 (Kafka 기본값 없음).',
  'configDoc.consumer.group.initial.rebalance.delay.ms':
    '브로커 설정 (그룹 코디네이터): 빈 그룹의 첫 리밸런스는 멤버가 더 오기를 이만큼 기다림.',
  'configDoc.consumer.offsets.retention.minutes':
    '브로커 설정: 빈 그룹의 커밋된 오프셋은 이 시간(분) 뒤 삭제됨 (7일).',
  'configDoc.consumer.offsets.retention.check.interval.ms':
    '브로커 설정: 코디네이터가 만료된 오프셋을 찾는 주기.',
  // topic
  'configDoc.topic.min.insync.replicas': 'acks=all 쓰기를 가져야 하는 최소 동기화 복제본 수.',
  'configDoc.topic.unclean.leader.election.enable':
    '살아 있는 동기화 복제본이 없을 때 뒤처진 복제본이 리더가 되게 함 (파티션은 살아나지만 커밋된 레코드를 잃음).',
  'configDoc.topic.retention.ms': '닫힌 로그 세그먼트를 보관하는 기간.',
  'configDoc.topic.cleanup.policy': '오래된 세그먼트 삭제 또는 키별 최신 레코드만 보관.',
  // broker
  'configDoc.broker.replica.lag.time.max.ms':
    '이 시간 동안 리더를 따라잡지 못한 팔로워는 ISR에서 빠짐 (그 절반마다 검사).',
  'configDoc.broker.replica.fetch.wait.max.ms':
    '리더가 새 데이터를 기다리며 팔로워의 fetch를 붙잡아 두는 최대 시간.',
  'configDoc.broker.broker.session.timeout.ms':
    '하트비트가 이 시간 동안 끊긴 브로커를 컨트롤러가 격리(fence)함.',
  'configDoc.broker.broker.heartbeat.interval.ms': '브로커가 컨트롤러에 하트비트를 보내는 주기.',
  'configDoc.broker.auto.leader.rebalance.enable':
    '선호(첫 번째) 레플리카가 다시 동기화되면 컨트롤러가 리더를 그 레플리카로 되돌림.',
  'configDoc.broker.leader.imbalance.check.interval.seconds':
    '선호 레플리카가 리더가 아닌 파티션을 컨트롤러가 확인하는 주기(초).',
  'configDoc.broker.leader.imbalance.per.broker.percentage':
    'ZooKeeper 모드: 브로커가 선호 레플리카인 파티션 중 이 %보다 많이 다른 곳이 리더일 때만 되돌림 (KRaft는 무시).',
  'configDoc.broker.unclean.leader.election.interval.ms':
    'KRaft 3.9+: 리더 없는 파티션 중 토픽이 이제 언클린 선출을 허용하는 것을 컨트롤러가 찾는 주기.',
  'configDoc.broker.kafkascope.network.jitter.ms':
    'Kafka 설정 아님; 네트워크 변동을 흉내 냄: 메시지마다 시드로 정한 0…이 값(ms)만큼 더 늦게 도착하며, 같은 연결의 앞선 메시지를 앞지르지 않음.',
};
