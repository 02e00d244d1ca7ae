/**
 * Messages on the wire, placed by interpolating their simulated send and arrival times: produce
 * requests (one dot per batch, in its partition's row), acks flowing back, fetch responses to the
 * consumer. With reduced motion they are shown as static counts instead of moving dots.
 */
import type { ReactElement } from 'react';
import type { MessageView } from '../engine';
import { COLUMNS, progress } from './pipelineLayout';

interface Props {
  now: number;
  messages: MessageView[];
  rowMid: (topic: string, partition: number) => number | undefined;
  reducedMotion: boolean;
}

export function InFlightLayer({ now, messages, rowMid, reducedMotion }: Props) {
  const dots: ReactElement[] = [];
  for (const m of messages) {
    const t = reducedMotion ? 0.5 : progress(now, m.sentAt, m.arriveAt);
    if (m.kind === 'produceRequest' || m.kind === 'fetchResponse') {
      const wire = m.kind === 'produceRequest' ? COLUMNS.produceWire : COLUMNS.fetchWire;
      for (const part of m.parts) {
        const y = rowMid(part.topic, part.partition);
        if (y === undefined) continue;
        const r = Math.min(9, 3 + Math.sqrt(part.records));
        dots.push(
          <g key={`${m.id}-${part.partition}-${part.topic}`} className={`flight flight--${m.kind}`}>
            <circle cx={wire.x + r + t * (wire.w - 2 * r)} cy={y} r={r} />
            {m.kind === 'produceRequest' && part.records > 1 && r >= 6 && (
              <text
                x={wire.x + r + t * (wire.w - 2 * r)}
                y={y}
                textAnchor="middle"
                dominantBaseline="central"
              >
                {part.records}
              </text>
            )}
          </g>,
        );
      }
    } else if (m.kind === 'produceResponse') {
      const wire = COLUMNS.produceWire;
      for (const part of m.parts) {
        const y = rowMid(part.topic, part.partition);
        if (y === undefined) continue;
        const x = wire.x + wire.w - 6 - t * (wire.w - 12);
        dots.push(
          <text
            key={`${m.id}-${part.partition}`}
            className="flight flight--ack"
            x={x}
            y={y + 12}
            textAnchor="middle"
          >
            ✓
          </text>,
        );
      }
    }
  }
  return <g className="inflight">{dots}</g>;
}
