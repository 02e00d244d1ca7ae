/** Play/pause, step back and forward, restart, speed (log scale 0.1×–10×), the timeline scrubber and the clock. */
import { formatNumber, formatSimTime, translate } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { Icon } from './Icon';
import { nearestStop, SPEED_STOPS } from './sliderScale';
import { TimelineScrubber } from './TimelineScrubber';

export function PlaybackBar({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const playing = useKafka((s) => s.playing);
  const speed = useKafka((s) => s.speed);
  // Only whether the clock is at 0 (for "step back"): the clock itself redraws on its own, every frame.
  const atStart = useKafka((s) => s.snap.now === 0);
  const togglePlay = useKafka((s) => s.togglePlay);
  const step = useKafka((s) => s.step);
  const stepBack = useKafka((s) => s.stepBack);
  const restart = useKafka((s) => s.restart);
  const setSpeed = useKafka((s) => s.setSpeed);
  const openDialog = useKafka((s) => s.openDialog);
  const canUndoFork = useKafka((s) => s.lastFork !== null);
  const undoFork = useKafka((s) => s.undoFork);
  const recorded = useKafka((s) => s.recordedTimes.length);
  const lastStep = useKafka((s) => s.lastStep);
  const speedIndex = nearestStop(SPEED_STOPS, speed);
  return (
    <div
      className={`playback${compact ? ' playback--compact' : ''}`}
      role="group"
      aria-label={t('playback.label')}
    >
      <button type="button" className="btn btn--primary" onClick={togglePlay} aria-pressed={playing}>
        <Icon name={playing ? 'pause' : 'play'} /> {playing ? t('playback.pause') : t('playback.play')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={stepBack}
        disabled={playing || atStart}
        title={t('playback.stepBack')}
      >
        <Icon name="stepBack" /> <span className="btn__label">{t('playback.stepBack')}</span>
      </button>
      <button type="button" className="btn" onClick={step} disabled={playing} title={t('playback.step')}>
        <Icon name="step" /> <span className="btn__label">{t('playback.step')}</span>
      </button>
      <span
        className="playback__step-said"
        role="status"
        aria-live="polite"
        aria-label={t('narr.stepRegion')}
        data-testid="step-description"
      >
        {lastStep?.map((e) => translate(lang, e.key, e.params)).join(' · ')}
      </span>
      {!compact && (
        <button
          type="button"
          className="btn"
          aria-haspopup={recorded > 0 ? 'dialog' : undefined}
          onClick={() => (recorded > 0 ? openDialog('restart') : restart())}
        >
          <Icon name="restart" /> {t('playback.restart')}
        </button>
      )}
      {!compact && canUndoFork && (
        <button type="button" className="btn" onClick={undoFork} title={t('playback.undoForkHelp')}>
          ↶ {t('playback.undoFork')}
        </button>
      )}
      <TimelineScrubber />
      <div className="playback__time" aria-label={t('playback.time')}>
        {!compact && <span className="playback__time-label">{t('playback.time')}</span>}
        <SimClock />
      </div>
      {!compact && (
        <label className="playback__speed">
          <span>{t('playback.speed')}</span>
          <input
            type="range"
            min={0}
            max={SPEED_STOPS.length - 1}
            step={1}
            value={speedIndex}
            aria-valuetext={`${SPEED_STOPS[speedIndex]}×`}
            onChange={(e) => setSpeed(SPEED_STOPS[Number(e.currentTarget.value)]!)}
          />
          <output>{formatNumber(lang, speed, 2)}×</output>
        </label>
      )}
      {!compact && <span className="playback__hint">{t('playback.hint')}</span>}
      <button
        type="button"
        className="btn btn--small"
        onClick={() => openDialog('shortcuts')}
        aria-haspopup="dialog"
        title={t('shortcuts.title')}
        aria-label={t('shortcuts.title')}
      >
        ?
      </button>
    </div>
  );
}

/** "t = 2.429 s", subscribed on its own so the bar's buttons and speed slider are not redrawn each frame. */
function SimClock() {
  const lang = useKafka((s) => s.lang);
  const now = useKafka((s) => s.snap.now);
  return <output data-testid="sim-time">t = {formatSimTime(lang, now)}</output>;
}
