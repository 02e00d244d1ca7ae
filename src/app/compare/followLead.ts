import type { KafkaStore, KafkaStoreState } from '../../store/kafkaStore';

/**
 * A/B compare runs on one clock: the driver advances the lead store, and the follower mirrors its
 * simulated time (advancing when the lead moved forward, seeking when it jumped back), speed,
 * language and the producer the views show. Returns the unsubscribe function.
 */
export function followLead(lead: KafkaStore, follower: KafkaStore): () => void {
  const sync = (l = lead.getState(), before?: KafkaStoreState) => {
    const f = follower.getState();
    const target = l.live.now;
    // When the lead published only what moves (a frame between two read models), so does the follower.
    const liveOnly = before !== undefined && l.snap === before.snap;
    if (target > f.live.now) f.advanceBy(target - f.live.now, liveOnly ? 'live' : undefined);
    else if (target < f.live.now) f.seek(target);
    if (l.speed !== f.speed) f.setSpeed(l.speed);
    if (l.lang !== f.lang) f.setLang(l.lang);
    if (l.playing !== f.playing) (l.playing ? f.play : f.pause)();
    if (l.selectedProducer !== f.selectedProducer) f.selectProducer(l.selectedProducer);
  };
  sync();
  return lead.subscribe((l, before) => sync(l, before));
}
