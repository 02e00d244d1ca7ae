/**
 * One member's conversation with the group coordinator, drawn on a short track: the member on the
 * left, the coordinator broker on the right. JoinGroup, SyncGroup, Heartbeat, LeaveGroup and
 * OffsetCommit (or, for a KIP-848 group, ConsumerGroupHeartbeat with its epoch and partitions) travel along it (placed from simulated send/arrival times); while a JoinGroup or
 * SyncGroup waits at the coordinator for the rest of the group, its marker sits there. Markers are
 * words, not colours; with reduced motion the track is replaced by the same words as text.
 */
import type { MessageView } from '../../engine';
import { useT } from '../../store/useT';
import { progress } from '../pipelineLayout';

const NAMES: Partial<Record<MessageView['kind'], string>> = {
  joinGroupRequest: 'JoinGroup',
  joinGroupResponse: 'JoinGroup',
  syncGroupRequest: 'SyncGroup',
  syncGroupResponse: 'SyncGroup',
  heartbeatRequest: '♥ Heartbeat',
  heartbeatResponse: '♥',
  leaveGroupRequest: 'LeaveGroup',
  commitRequest: 'OffsetCommit',
  commitResponse: 'OffsetCommit',
  consumerGroupHeartbeatRequest: '♥ ConsumerGroupHeartbeat',
  consumerGroupHeartbeatResponse: '♥ ConsumerGroupHeartbeat',
};

/** `e3 [P0,P1]`: a KIP-848 heartbeat's member epoch and the partitions it carries (owned / assigned). */
function heartbeatWords(m: MessageView): string {
  const hb = m.heartbeat;
  if (!hb) return '';
  const parts = hb.partitions?.map((k) => `P${k.slice(k.lastIndexOf('-') + 1)}`).join(',');
  return ` e${hb.memberEpoch}${parts === undefined ? '' : ` [${parts}]`}`;
}

interface Props {
  /** `member:<group>/<index>`, as messages name their ends. */
  end: string;
  coordinator: number;
  status: string;
  messages: MessageView[];
  now: number;
  reducedMotion: boolean;
}

export function ProtocolTrack({ end, coordinator, status, messages, now, reducedMotion }: Props) {
  const t = useT();
  const mine = messages.filter((m) => NAMES[m.kind] && (m.from === end || m.to === end));
  const markers = mine.map((m) => {
    const out = m.from === end;
    const p = progress(now, m.sentAt, m.arriveAt);
    const label = `${out ? '' : '← '}${NAMES[m.kind]}${heartbeatWords(m)}${out ? ' →' : ''}${m.error ? ` ${m.error}` : ''}`;
    return { key: m.id, x: out ? p : 1 - p, label, error: Boolean(m.error) };
  });
  // Nothing on the wire while joining/syncing: the request is parked at the coordinator.
  if (markers.length === 0 && (status === 'joining' || status === 'syncing'))
    markers.push({
      key: -1,
      x: 1,
      label: t('group.wire.parked', { req: status === 'joining' ? 'JoinGroup' : 'SyncGroup' }),
      error: false,
    });
  const words = markers.map((m) => m.label).join(' · ');
  const help = mine.some((m) => m.heartbeat)
    ? t('kip848.wire.help', { id: coordinator })
    : t('group.wire.help', { id: coordinator });
  if (reducedMotion)
    return (
      <span className="ptrack__text" data-testid="protocol-track">
        {words}
      </span>
    );
  return (
    <span className="ptrack" data-testid="protocol-track" title={help}>
      <span className="ptrack__line" aria-hidden="true" />
      <span className="ptrack__coord" aria-hidden="true">
        B{coordinator}
      </span>
      <span className="ptrack__lane" aria-hidden="true">
        {markers.map((m) => (
          <span
            key={m.key}
            className={`ptrack__msg${m.error ? ' ptrack__msg--error' : ''}`}
            // Left-aligned at the member, right-aligned at the coordinator, sliding in between.
            style={{ left: `${m.x * 100}%`, transform: `translateX(-${m.x * 100}%)` }}
          >
            {m.label}
          </span>
        ))}
      </span>
      <span className="sr-only">{words}</span>
    </span>
  );
}
