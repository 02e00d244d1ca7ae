/** The group's liveness and commit settings as live controls, each named by its Kafka key. */
import { useId } from 'react';
import {
  configValue,
  configValueByName,
  defaultOf,
  findKey,
  type ConsumerConfig,
  type GroupView,
  type NumberKeyOf,
} from '../engine';
import { formatNumber } from '../i18n';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { ConfigSlider } from './ConfigSlider';
import { StaticMemberControl } from './StaticMemberControl';
import { withValues } from './sliderScale';
import { GroupProtocolControl, ignoredReason } from './GroupProtocolControl';
import { configDoc } from '../i18n/configDocs';

const MS_STOPS: readonly (readonly [NumberKeyOf<ConsumerConfig>, number[]])[] = [
  ['session.timeout.ms', [6000, 10000, 15000, 30000, 45000, 60000, 120000]],
  ['heartbeat.interval.ms', [500, 1000, 2000, 3000, 5000, 10000]],
  ['max.poll.interval.ms', [5000, 10000, 20000, 30000, 60000, 120000, 300000, 600000]],
  ['auto.commit.interval.ms', [100, 500, 1000, 2000, 5000, 10000, 30000]],
];

function EnumSelect({ group, name }: { group: GroupView; name: string }) {
  const id = useId();
  const act = useKafka((s) => s.act);
  const lang = useKafka((s) => s.lang);
  const spec = findKey('consumer', name)!;
  const values = spec.kind === 'bool' ? ['true', 'false'] : spec.values!;
  return (
    <div className="group-config__enum">
      <label htmlFor={id}>{name}</label>
      <select
        id={id}
        value={String(configValueByName(group.config, name))}
        title={configDoc(lang, 'consumer', name)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          act({
            action: 'setConsumerConfig',
            group: group.id,
            key: name,
            value: spec.kind === 'bool' ? v === 'true' : v,
          });
        }}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}

export function GroupConfigControls({ group }: { group: GroupView }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const act = useKafka((s) => s.act);
  const version = useKafka((s) => s.scenario.kafkaVersion);
  const ms = (n: number) => `${formatNumber(lang, n)} ${t('unit.ms')}`;
  return (
    <details className="group-config">
      <summary>{t('group.settings')}</summary>
      <div className="group-config__grid">
        <GroupProtocolControl group={group} />
        {MS_STOPS.map(([key, stops]) => {
          const spec = findKey('consumer', key)!;
          const value = configValue(group.config, key);
          // A version without its own default uses the next newer one (defaults[version] alone can be missing).
          const def = defaultOf(spec, version) as number;
          // Greyed out under group.protocol=consumer, with the reason as the slider's description.
          const ignored = ignoredReason(t, group, key);
          return (
            <ConfigSlider
              key={key}
              name={key}
              value={value}
              stops={withValues(stops, value, def)}
              defaultValue={def}
              defaultLabel={t('config.default', { value: ms(def) })}
              format={ms}
              doc={ignored ?? configDoc(lang, 'consumer', key)}
              disabled={ignored !== null}
              onChange={(v) => act({ action: 'setConsumerConfig', group: group.id, key, value: v })}
            />
          );
        })}
        <EnumSelect group={group} name="enable.auto.commit" />
        <EnumSelect group={group} name="auto.offset.reset" />
      </div>
      <StaticMemberControl group={group} />
    </details>
  );
}
