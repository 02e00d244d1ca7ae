/**
 * Group-level interventions: add a consumer, change the assignor list, how the application commits,
 * what the members subscribe to, skip 8 days. Each is a recorded action (timeline, share links).
 */
import { useId } from 'react';
import { findKey, type GroupView } from '../engine';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { ignoredReason } from './GroupProtocolControl';

const EIGHT_DAYS_MS = 8 * 24 * 3600 * 1000;

export function GroupControls({ group }: { group: GroupView }) {
  const t = useT();
  const id = useId();
  const act = useKafka((s) => s.act);
  const strategies = findKey('consumer', 'partition.assignment.strategy')!.values!;
  const partitions = useKafka((s) => s.snap.partitions);
  const topics = [...new Set(partitions.map((p) => p.topic))];
  const commitId = `${id}-commit`;
  const mode = group.workload.commitMode ?? 'none';
  const strategyIgnored = ignoredReason(t, group, 'partition.assignment.strategy');
  return (
    <div className="group-controls">
      <button
        type="button"
        className="primary"
        onClick={() => act({ action: 'addConsumer', group: group.id })}
      >
        {t('group.action.add')}
      </button>
      <label htmlFor={id}>{t('group.strategy')}</label>
      <select
        id={id}
        value={String(group.config['partition.assignment.strategy'])}
        disabled={strategyIgnored !== null}
        aria-describedby={strategyIgnored ? `${id}-ignored` : undefined}
        onChange={(e) =>
          act({
            action: 'setConsumerConfig',
            group: group.id,
            key: 'partition.assignment.strategy',
            value: e.currentTarget.value,
          })
        }
      >
        {strategies.map((s) => (
          <option key={s} value={s}>
            [{s.split(',').join(', ')}]
          </option>
        ))}
      </select>
      {strategyIgnored && (
        <span id={`${id}-ignored`} className="group-controls__ignored">
          {strategyIgnored}
        </span>
      )}
      <label htmlFor={commitId}>{t('group.commitMode')}</label>
      <select
        id={commitId}
        value={mode}
        onChange={(e) =>
          act({
            action: 'setCommitMode',
            group: group.id,
            mode: e.currentTarget.value as 'none' | 'commitSync' | 'commitAsync',
          })
        }
      >
        {(['none', 'commitSync', 'commitAsync'] as const).map((m) => (
          <option key={m} value={m}>
            {t(`group.commitMode.${m}`)}
          </option>
        ))}
      </select>
      <fieldset className="group-controls__subscribe">
        <legend>{t('group.subscribe')}</legend>
        {topics.map((topic) => {
          const on = group.topics.includes(topic);
          return (
            <label key={topic}>
              <input
                type="checkbox"
                checked={on}
                // subscribe() needs at least one topic: the last one cannot be unticked.
                disabled={on && group.topics.length === 1}
                onChange={() =>
                  act({
                    action: 'changeSubscription',
                    group: group.id,
                    topics: on ? group.topics.filter((x) => x !== topic) : [...group.topics, topic],
                  })
                }
              />{' '}
              {topic}
            </label>
          );
        })}
      </fieldset>
      <button
        type="button"
        title={t('group.action.skipHelp')}
        onClick={() => act({ action: 'fastForward', ms: EIGHT_DAYS_MS })}
      >
        {t('group.action.skip')}
      </button>
    </div>
  );
}
