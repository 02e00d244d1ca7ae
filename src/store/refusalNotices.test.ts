/**
 * Issue 14, defect 2 at run time and #13 item 2: an action the state no longer allows becomes a
 * visible notice (the run goes on), and notices are translated when shown, so a language switch
 * re-translates the ones on screen.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine';
import { findExample } from '../scenarios';
import { createKafkaStore } from './kafkaStore';
import { noticeText } from './noticeText';

/** A scenario built without the parser (as a lesson or a stale recording could), with a bad action at 1 s. */
function storeWithBadTimeline() {
  const base = findExample('steady-stream')!.scenario;
  const scenario: Scenario = {
    ...base,
    timeline: [{ atMs: 1000, action: 'stopConsumer', group: 'orders-app', member: 'consumer-orders-app-9' }],
  };
  return createKafkaStore({ scenarioId: 'custom', scenario, lang: 'en' });
}

describe('run-time refusals', () => {
  it('a timeline action refused mid-run is skipped with a notice; time goes on', () => {
    const store = storeWithBadTimeline();
    store.getState().play();
    for (let i = 0; i < 20; i++) store.getState().advanceBy(250);
    const s = store.getState();
    expect(s.snap.now).toBe(5000);
    expect(s.playing).toBe(true);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]!.kind).toBe('error');
    expect(s.notices[0]!.text).toBe(
      'Skipped the scheduled stopConsumer at 1 s: Group “orders-app” has no consumer “consumer-orders-app-9”.',
    );
    expect(s.snap.groups[0]!.members).toHaveLength(1);
  });

  it('seeking past the refused action (a share link’s start time) does not throw', () => {
    const store = storeWithBadTimeline();
    expect(() => store.getState().seek(3000)).not.toThrow();
    expect(store.getState().snap.now).toBe(3000);
    expect(store.getState().notices.map((n) => n.content)).toContainEqual({
      refusal: expect.objectContaining({ code: 'noMember' }),
    });
  });

  it('a refused live click is a notice that a language switch re-translates', () => {
    const store = createKafkaStore({
      scenarioId: 'steady-stream',
      scenario: findExample('steady-stream')!.scenario,
      lang: 'en',
    });
    expect(store.getState().act({ action: 'addPartitions', topic: 'orders', partitions: 3 })).toBe(false);
    const [notice] = store.getState().notices;
    expect(noticeText('en', notice!.content)).toBe(
      'Kafka can only add partitions: the topic has 6, so 3 is not an increase.',
    );
    store.getState().setLang('ko');
    expect(noticeText(store.getState().lang, notice!.content)).toBe(
      'Kafka는 파티션을 늘릴 수만 있습니다: 토픽의 파티션은 6개이므로 3개는 증가가 아닙니다.',
    );
  });
});
