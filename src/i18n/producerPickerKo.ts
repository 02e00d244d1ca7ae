/** Korean text for the producer picker (merged into ko.ts). */
import type { producerPickerEn } from './producerPickerEn';

export const producerPickerKo: Record<keyof typeof producerPickerEn, string> = {
  'producerPicker.label': '표시할 프로듀서',
  'producerPicker.option': '{id} → 토픽 {topic}',
  'producerPicker.help':
    '이 시나리오에는 프로듀서가 {n}개 있음. 파이프라인, 프로듀서 패널, 프로듀서 설정은 여기서 고른 프로듀서를 보여 줌.',
};
