/**
 * The timeline over the simulated past: drag back to any moment (the store restores a checkpoint and
 * re-simulates), forward again through the known future. Marks (hidden from assistive technology:
 * the narration feed is their accessible version): recorded interventions (ticks), the scenario's own
 * scripted actions (small diamonds below) and key narration sentences (triangles above).
 */
import { useMemo } from 'react';
import { formatNumber, translate } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';

export function TimelineScrubber() {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const now = useKafka((s) => s.snap.now);
  const horizon = useKafka((s) => s.horizon);
  const marks = useKafka((s) => s.recordedTimes);
  const seek = useKafka((s) => s.seek);
  const pause = useKafka((s) => s.pause);
  const scripted = useKafka((s) => s.scenario.timeline);
  const narration = useKafka((s) => s.narration);
  const narrated = useMemo(() => narration.filter((e) => e.importance === 'key'), [narration]);
  const loopEnd = useKafka((s) => (s.loopFromMs === null ? 0 : s.scenario.durationMs));
  // Live, the thumb sits at the right end; a looping embed shows its whole loop.
  const end = Math.max(horizon, now, loopEnd, 1);
  const seconds = (ms: number) => formatNumber(lang, ms / 1000, 2);
  return (
    <label className="scrubber">
      <span className="sr-only">{t('playback.scrubber')}</span>
      <input
        type="range"
        className="scrubber__input"
        data-testid="scrubber"
        min={0}
        max={end}
        step={1}
        value={now}
        aria-valuetext={`t = ${seconds(now)} s / ${seconds(end)} s`}
        onChange={(e) => {
          pause();
          seek(Number(e.currentTarget.value));
        }}
      />
      <span className="scrubber__marks" aria-hidden="true">
        {marks.map((at, i) => (
          <span
            key={`${at}-${i}`}
            className="scrubber__mark"
            style={{ left: `${(100 * at) / end}%` }}
            title={t('playback.recordedMark', { t: seconds(at) })}
          />
        ))}
        {scripted
          .filter((a) => a.atMs <= end)
          .map((a, i) => (
            <span
              key={`s-${a.atMs}-${i}`}
              className="scrubber__mark--scripted"
              style={{ left: `${(100 * a.atMs) / end}%` }}
              title={t('playback.scriptedMark', { t: seconds(a.atMs), action: a.action })}
            />
          ))}
        {narrated.map((e, i) => (
          <span
            key={`n-${e.at}-${i}`}
            className="scrubber__mark--narrated"
            style={{ left: `${(100 * e.at) / end}%` }}
            title={`${t('narr.time', { t: seconds(e.at) })}: ${translate(lang, e.key, e.params)}`}
          />
        ))}
      </span>
    </label>
  );
}
