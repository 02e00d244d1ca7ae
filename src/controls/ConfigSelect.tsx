/** A select named by its Kafka config key: label, choices, the default, and a one-line explanation. */
import { useId } from 'react';

export interface ConfigSelectProps {
  /** The Kafka key (or workload name) shown as the label and used as the accessible name. */
  name: string;
  value: string;
  options: readonly { value: string; label: string }[];
  defaultLabel: string;
  doc: string;
  onChange: (value: string) => void;
  /** A small tag after the name, e.g. "simulator switch". */
  tag?: string;
  disabled?: boolean;
}

export function ConfigSelect({
  name,
  value,
  options,
  defaultLabel,
  doc,
  onChange,
  tag,
  disabled,
}: ConfigSelectProps) {
  const id = useId();
  return (
    <div className="config-slider config-select" data-focus={`slider:${name}`}>
      <div className="config-slider__head">
        <label htmlFor={id} className="config-slider__key">
          {name}
        </label>
        {tag && <span className="config-select__tag">{tag}</span>}
      </div>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={`${id}-doc`}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <p id={`${id}-doc`} className="config-slider__doc">
        {doc} <span className="config-slider__default-text">({defaultLabel})</span>
      </p>
    </div>
  );
}
