/**
 * group.instance.id as a live control: pick a running consumer, type an id, restart it with that id (or
 * without one). Kafka's validation runs before anything is sent; the engine checks again.
 */
import { useId, useState } from 'react';
import { groupInstanceIdProblem, type GroupView } from '../engine';
import { useT } from '../store/useT';
import { useKafka } from '../store/StoreContext';

export function StaticMemberControl({ group }: { group: GroupView }) {
  const t = useT();
  const id = useId();
  const act = useKafka((s) => s.act);
  const running = group.members.filter((m) => m.group.status !== 'stopped' && m.group.status !== 'crashed');
  const [picked, setPicked] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const member = running.find((m) => m.clientId === picked) ?? running[0];
  if (!member) return null;
  const restart = (value: string | null) => {
    if (value !== null) {
      const invalid = groupInstanceIdProblem(value);
      if (invalid) return setProblem(`${t('static.invalid')} ${invalid}`);
      const holder = running.find((m) => m !== member && m.group.groupInstanceId === value);
      if (holder) return setProblem(t('static.duplicate', { member: holder.clientId, id: value }));
    }
    setProblem(null);
    act({ action: 'setGroupInstanceId', group: group.id, member: member.clientId, groupInstanceId: value });
  };
  return (
    <fieldset className="group-config__static" aria-describedby={`${id}-help`}>
      <legend>{t('static.title')}</legend>
      <label htmlFor={`${id}-member`}>{t('static.member')}</label>
      <select id={`${id}-member`} value={member.clientId} onChange={(e) => setPicked(e.currentTarget.value)}>
        {running.map((m) => (
          <option key={m.clientId} value={m.clientId}>
            {m.clientId} — {m.group.groupInstanceId ?? t('static.none')}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-value`} className="mono">
        group.instance.id
      </label>
      <input
        id={`${id}-value`}
        type="text"
        value={text}
        placeholder={t('static.none')}
        aria-invalid={problem !== null}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && restart(text)}
      />
      <span className="config-default">{t('static.default')}</span>
      <button type="button" onClick={() => restart(text)}>
        {t('static.apply')}
      </button>
      <button type="button" disabled={member.group.groupInstanceId === null} onClick={() => restart(null)}>
        {t('static.clear')}
      </button>
      {problem && (
        <p role="alert" className="group-config__error">
          {problem}
        </p>
      )}
      <p id={`${id}-help`} className="group-config__help">
        {t('static.help')}
      </p>
    </fieldset>
  );
}
