/**
 * One row per member under the partition rows of the rebalance timeline: what its group protocol was
 * doing over time — consuming in a generation (✓), waiting for JoinGroup (J), waiting for SyncGroup (S),
 * not in the group (·), stopped or crashed (✕). Letters carry the meaning; colour only reinforces it.
 * Eager: every row breaks into J/S at once. Cooperative: rows stay ✓ while the group rebalances twice.
 */
import type { ScaleLinear } from 'd3-scale';
import type { MemberView } from '../../engine';
import { useT } from '../../store/useT';
import { shortName } from './memberColors';

type Status = MemberView['group']['status'];

export const PHASE_MARK: Record<Status, string> = {
  stable: '✓',
  joining: 'J',
  syncing: 'S',
  unjoined: '·',
  stopped: '✕',
  crashed: '✕',
};

interface Props {
  members: MemberView[];
  x: ScaleLinear<number, number>;
  from: number;
  now: number;
  top: number;
  row: number;
}

export function MemberPhaseRows({ members, x, from, now, top, row }: Props) {
  const t = useT();
  return (
    <g className="phases">
      {members.map((m, i) => {
        const y = top + i * row;
        const log = m.group.statusLog;
        return (
          <g key={m.clientId} data-member={m.clientId}>
            <text x={4} y={y + row / 2} dominantBaseline="central" className="timeline__label">
              {shortName(m.clientId)}
            </text>
            {log.map((s, k) => {
              const end = k + 1 < log.length ? log[k + 1]!.at : now;
              if (end < from || s.at > now) return null;
              const x0 = x(s.at);
              const x1 = x(Math.min(end, now));
              const w = Math.max(1, x1 - x0);
              return (
                <g key={`${s.at}-${k}`} className={`phase phase--${s.status}`}>
                  <rect x={x0} y={y + 3} width={w} height={row - 6} rx={2}>
                    <title>{t(`group.phase.${s.status}`)}</title>
                  </rect>
                  {w > 12 && (
                    <text x={x0 + 3} y={y + row / 2} dominantBaseline="central" className="phase__mark">
                      {PHASE_MARK[s.status]}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}
