/** Korean text of "Export config" in the Share dialog (merged into ko.ts). */
import type { exportEn } from './exportEn';

export const exportKo: Record<keyof typeof exportEn, string> = {
  'export.title': '설정 내보내기',
  'export.help':
    'Kafka {version} 기본값과 다른 프로듀서·컨슈머 설정을 실제 클라이언트에 쓸 수 있는 형태로 보여 줌. 클라이언트에 없는 키는 주석으로 나열함.',
  'export.format': '형식',
  'export.format.properties': 'Java .properties',
  'export.format.kafka-python': 'kafka-python',
  'export.format.confluent-kafka': 'confluent-kafka (librdkafka)',
  'export.text': '내보낸 설정',
  'export.copy': '복사',
  'export.download': '다운로드',
};
