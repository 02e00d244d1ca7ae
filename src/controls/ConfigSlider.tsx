/**
 * A slider named by its Kafka config key: label, current value with unit, the default marked on the
 * track, and a one-line explanation. Keyboard operable (it is a native range input).
 */
import { useId } from 'react';
import { nearestStop } from './sliderScale';

export interface ConfigSliderProps {
  /** The Kafka key (or workload name) shown as the label and used as the accessible name. */
  name: string;
  value: number;
  stops: readonly number[];
  defaultValue: number;
  defaultLabel: string;
  format: (value: number) => string;
  doc: string;
  onChange: (value: number) => void;
  disabled?: boolean;
}

export function ConfigSlider({
  name,
  value,
  stops,
  defaultValue,
  defaultLabel,
  format,
  doc,
  onChange,
  disabled,
}: ConfigSliderProps) {
  const id = useId();
  const index = nearestStop(stops, value);
  const defaultIndex = nearestStop(stops, defaultValue);
  const last = Math.max(1, stops.length - 1);
  const isDefault = stops[index] === defaultValue;
  return (
    <div className="config-slider" data-focus={`slider:${name}`}>
      <div className="config-slider__head">
        <label htmlFor={id} className="config-slider__key">
          {name}
        </label>
        <output htmlFor={id} className="config-slider__value" aria-live="off">
          {format(value)}
        </output>
      </div>
      <div className="config-slider__track">
        <input
          id={id}
          type="range"
          min={0}
          max={stops.length - 1}
          step={1}
          value={index}
          aria-valuetext={format(stops[index]!)}
          aria-describedby={`${id}-doc`}
          disabled={disabled}
          onChange={(e) => onChange(stops[Number(e.currentTarget.value)]!)}
        />
        <span
          className={`config-slider__default${isDefault ? ' is-current' : ''}`}
          style={{ left: `calc(${(defaultIndex / last) * 100}% + ${8 - (16 * defaultIndex) / last}px)` }}
          aria-hidden="true"
          title={defaultLabel}
        />
      </div>
      <p id={`${id}-doc`} className="config-slider__doc">
        {doc} <span className="config-slider__default-text">({defaultLabel})</span>
      </p>
    </div>
  );
}
