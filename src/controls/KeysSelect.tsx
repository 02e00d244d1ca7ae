/** The workload's key generator (none, a list, a sequence, Zipf, one hot key), as a select. */
import type { KeySpec } from '../engine';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';
import { shownProducer, shownScenarioProducer } from '../store/producerSelection';
import { ConfigSelect } from './ConfigSelect';

const KEY_KINDS = ['none', 'list', 'sequence', 'zipf', 'hot'] as const;

/** A key generator of each kind, keeping what the current one has where it can. */
export function keySpecOf(kind: KeySpec['type'], current: KeySpec, hotShare: number): KeySpec {
  switch (kind) {
    case 'none':
      return { type: 'none' };
    case 'list':
      return current.type === 'list' ? current : { type: 'list', values: ['user-1', 'user-2', 'user-3'] };
    case 'sequence':
      return { type: 'sequence', prefix: 'user-', count: 100 };
    case 'zipf':
      return { type: 'zipf', prefix: 'user-', count: 1000, exponent: 1.1 };
    case 'hot':
      return { type: 'hot', hotKey: 'user-1', sharePercent: hotShare, prefix: 'user-', count: 1000 };
  }
}

export function KeysSelect() {
  const t = useT();
  const act = useKafka((s) => s.act);
  const producerId = useKafka((s) => shownProducer(s)?.id);
  const keysJson = useKafka((s) => JSON.stringify(shownProducer(s)?.workload.keys ?? { type: 'none' }));
  const authored = useKafka((s) => shownScenarioProducer(s)?.workload.keys.type ?? 'none');
  if (producerId === undefined) return null;
  const keys = JSON.parse(keysJson) as KeySpec;
  const hotShare = keys.type === 'hot' ? keys.sharePercent : 80;
  return (
    <ConfigSelect
      name={t('config.keys')}
      value={keys.type}
      options={KEY_KINDS.map((k) => ({ value: k, label: t(`config.keys.${k}`) }))}
      defaultLabel={t('config.default', { value: t(`config.keys.${authored}`) })}
      doc={t('config.keys.doc')}
      onChange={(v) =>
        act({
          action: 'setWorkload',
          producer: producerId,
          keys: keySpecOf(v as KeySpec['type'], keys, hotShare),
        })
      }
    />
  );
}
