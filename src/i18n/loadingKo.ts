import type { loadingEn } from './loadingEn';

/** 필요할 때 불러오는 화면의 문구 (첫 방문에는 보이는 부분만 내려받는다). */
export const loadingKo: Record<keyof typeof loadingEn, string> = {
  'app.loading': '불러오는 중…',
  'app.loadFailed': '앱의 이 부분을 불러오지 못했습니다. 연결을 확인하고 페이지를 새로 고치세요.',
};
