/**
 * `group.protocol` (classic | consumer) and, for the consumer protocol, `group.remote.assignor`, as live
 * controls. A consumer reads both once, when it starts, so a change restarts the scenario with the group
 * on the new setting (recorded changes replay) and says so. The 4.0 profile offers the consumer protocol;
 * 3.7–3.9 and earlier explain why not (consumerProtocolAvailability).
 */
import { consumerProtocolAvailability, type GroupView } from '../engine';
import { useT } from '../store/useT';
import { useKafka, useKafkaStoreApi } from '../store/StoreContext';
import { ConfigSelect } from './ConfigSelect';

type Change = { protocol: 'classic' | 'consumer' } | { remoteAssignor: 'uniform' | 'range' };

function useGroupRestart(groupId: string) {
  const store = useKafkaStoreApi();
  const t = useT();
  return (change: Change) => {
    const state = store.getState();
    const scenario = state.recordedScenario();
    scenario.consumerGroups = scenario.consumerGroups.map((g) =>
      g.id === groupId ? { ...g, ...change } : g,
    );
    state.loadScenario(state.scenarioId, scenario);
    state.notify(
      'info',
      'protocol' in change
        ? t('kip848.protocol.restarted', { id: groupId, protocol: change.protocol })
        : t('kip848.assignor.restarted', { id: groupId, assignor: change.remoteAssignor }),
    );
  };
}

export function GroupProtocolControl({ group }: { group: GroupView }) {
  const t = useT();
  const version = useKafka((s) => s.scenario.kafkaVersion);
  const readOnly = useKafka((s) => s.readOnly);
  const restart = useGroupRestart(group.id);
  const protocol = group.consumerProtocol ? 'consumer' : 'classic';
  const availability = consumerProtocolAvailability(version);
  // Only the way back to classic stays open on a profile without the consumer protocol.
  const locked = readOnly || (availability !== 'ga' && protocol === 'classic');
  const doc =
    availability === 'ga'
      ? t('kip848.protocol.doc')
      : `${t('kip848.protocol.doc')} ${t(`kip848.protocol.${availability}`, { version })}`;
  return (
    <div className="group-protocol" data-testid="group-protocol">
      <ConfigSelect
        name="group.protocol"
        value={protocol}
        options={(['classic', 'consumer'] as const).map((v) => ({
          value: v,
          label: t(`kip848.protocol.${v}`),
        }))}
        defaultLabel={t('config.default', { value: 'classic' })}
        doc={doc}
        disabled={locked}
        onChange={(v) => restart({ protocol: v as 'classic' | 'consumer' })}
      />
      {group.consumerProtocol && (
        <ConfigSelect
          name="group.remote.assignor"
          value={group.consumerProtocol.assignor}
          options={['uniform', 'range'].map((v) => ({ value: v, label: v }))}
          defaultLabel={t('config.default', { value: 'uniform' })}
          doc={t('kip848.assignor.doc')}
          disabled={readOnly}
          onChange={(v) => restart({ remoteAssignor: v as 'uniform' | 'range' })}
        />
      )}
    </div>
  );
}

/** Client settings the consumer protocol leaves to the broker, and why (an accessible description). */
export const IGNORED_BY_CONSUMER_PROTOCOL = [
  'session.timeout.ms',
  'heartbeat.interval.ms',
  'partition.assignment.strategy',
] as const;

export function ignoredReason(t: ReturnType<typeof useT>, group: GroupView, key: string): string | null {
  if (!group.consumerProtocol || !(IGNORED_BY_CONSUMER_PROTOCOL as readonly string[]).includes(key))
    return null;
  return t('kip848.ignored', {
    why: t(`kip848.ignored.${key as (typeof IGNORED_BY_CONSUMER_PROTOCOL)[number]}`),
  });
}
