/** Group-level interventions: add a consumer, change the assignor list, skip 8 days. */
import { useId } from 'react';
import { findKey, type GroupView } from '../engine';
import { useT } from '../i18n/useT';
import { useKafka } from '../store/StoreContext';

const EIGHT_DAYS_MS = 8 * 24 * 3600 * 1000;

export function GroupControls({ group }: { group: GroupView }) {
  const t = useT();
  const id = useId();
  const act = useKafka((s) => s.act);
  const strategies = findKey('consumer', 'partition.assignment.strategy')!.values!;
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
