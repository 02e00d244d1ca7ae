import type { KafkaStore } from '../../store/kafkaStore';

/**
 * A/B compare runs on one clock: the driver advances the lead store, and the follower mirrors its
 * simulated time (advancing when the lead moved forward, seeking when it jumped back), speed,
 * language and the producer the views show. Returns the unsubscribe function.
 */
export function followLead(lead: KafkaStore, follower: KafkaStore): () => void {
  const sync = () => {
    const l = lead.getState();
    const f = follower.getState();
    const target = l.snap.now;
    if (target > f.snap.now) f.advanceBy(target - f.snap.now);
    else if (target < f.snap.now) f.seek(target);
    if (l.speed !== f.speed) f.setSpeed(l.speed);
    if (l.lang !== f.lang) f.setLang(l.lang);
    if (l.playing !== f.playing) (l.playing ? f.play : f.pause)();
    if (l.selectedProducer !== f.selectedProducer) f.selectProducer(l.selectedProducer);
  };
  sync();
  return lead.subscribe(sync);
}
