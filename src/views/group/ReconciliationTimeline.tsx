/**
 * The rebalance timeline of a KIP-848 (group.protocol=consumer) group: the ownership rows with each moved
 * partition's reconciliation marked on it (ReconciliationMarks), a zoom on the latest reconciliation, and
 * the same facts as text — a table of the moves and a list of the epochs as they advanced — so a screen
 * reader (or a learner who cannot tell the colours apart) gets everything the picture shows.
 */
import '../../styles/kip848.css';
import { useMemo } from 'react';
import { partitionMoves, type GroupView, type PartitionMove } from '../../engine';
import { formatNumber } from '../../i18n';
import { useT } from '../../store/useT';
import { useKafka } from '../../store/StoreContext';
import { RebalanceTimeline } from './RebalanceTimeline';
import { ReconciliationLegend, ReconciliationMarks } from './ReconciliationMarks';
import { shortName } from './memberColors';

const WINDOW_MS = 60_000;
const short = (k: string) => `P${k.slice(k.lastIndexOf('-') + 1)}`;
const startOf = (m: PartitionMove) => m.askedAt ?? m.releasedAt ?? 0;

/** The moves of the latest reconciliation: those that began within a second of the last one's start. */
function latestReconciliation(moves: PartitionMove[]): { from: number; to: number } | null {
  const last = moves.at(-1);
  if (!last) return null;
  const batch = moves.filter((m) => startOf(m) >= startOf(last) - 1000);
  const from = Math.min(...batch.map(startOf));
  const ends = batch.map((m) => m.receivedAt);
  if (ends.some((e) => e === null)) return null; // still under way: the live timeline shows it
  return { from, to: Math.max(...(ends as number[])) };
}

function MovesTable({ moves }: { moves: PartitionMove[] }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const at = (ms: number) => t('kip848v.at', { at: formatNumber(lang, ms / 1000, 2) });
  const pending = t('kip848v.pending');
  if (moves.length === 0)
    return <p data-testid="moves-none">{t('kip848v.moves.none', { s: WINDOW_MS / 1000 })}</p>;
  return (
    <div
      className="describe__scroll"
      tabIndex={0}
      role="region"
      aria-label={t('kip848v.moves.caption', { s: WINDOW_MS / 1000 })}
    >
      <table className="describe__table recon__moves" data-testid="reconciliation-moves">
        <caption>{t('kip848v.moves.caption', { s: WINDOW_MS / 1000 })}</caption>
        <thead>
          <tr>
            {(['partition', 'from', 'asked', 'released', 'to', 'received', 'paused'] as const).map((c) => (
              <th scope="col" key={c}>
                {t(`kip848v.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {moves.map((m, i) => (
            <tr key={`${m.partition}-${i}`} data-partition={m.partition}>
              <th scope="row">{short(m.partition)}</th>
              <td>{shortName(m.from)}</td>
              <td data-testid="move-asked">{m.askedAt === null ? t('kip848v.notAsked') : at(m.askedAt)}</td>
              <td data-testid="move-released">
                {m.releasedAt === null
                  ? pending
                  : m.release === 'revoked'
                    ? t('kip848v.atEpoch', {
                        at: formatNumber(lang, m.releasedAt / 1000, 2),
                        n: m.releaseEpoch ?? '',
                      })
                    : t('kip848v.freed', {
                        at: formatNumber(lang, m.releasedAt / 1000, 2),
                        how: t(`kip848v.how.${m.release === 'left' ? 'left' : 'fenced'}`),
                      })}
              </td>
              <td>{m.to === null ? pending : shortName(m.to)}</td>
              <td data-testid="move-received">
                {m.receivedAt === null
                  ? pending
                  : t('kip848v.atEpoch', {
                      at: formatNumber(lang, m.receivedAt / 1000, 2),
                      n: m.assignEpoch ?? '',
                    })}
              </td>
              <td>
                {m.receivedAt === null || m.stoppedAt === null
                  ? pending
                  : t('kip848v.at', { at: formatNumber(lang, (m.receivedAt - m.stoppedAt) / 1000, 2) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EpochList({ group, from }: { group: GroupView; from: number }) {
  const t = useT();
  const lang = useKafka((s) => s.lang);
  const cp = group.consumerProtocol!;
  const at = (ms: number) => formatNumber(lang, ms / 1000, 2);
  const items = [
    ...cp.timeline.events
      .filter((e) => e.at >= from && (e.kind === 'joined' || e.kind === 'left' || e.kind === 'fenced'))
      .map((e) => ({
        at: e.at,
        text: t(`kip848v.epochs.${e.kind as 'joined'}`, {
          at: at(e.at),
          n: e.groupEpoch,
          member: shortName(e.member),
        }),
      })),
    ...cp.timeline.epochs
      .filter((e) => e.at >= from)
      .map((e) => ({
        at: e.at,
        text: t('kip848v.epochs.member', { at: at(e.at), member: shortName(e.member), n: e.memberEpoch }),
      })),
  ].sort((a, b) => a.at - b.at);
  return (
    <details className="recon__epochs">
      <summary>{t('kip848v.epochs.title', { s: WINDOW_MS / 1000 })}</summary>
      <ol data-testid="epoch-steps">
        {items.slice(-24).map((e, i) => (
          <li key={i}>{e.text}</li>
        ))}
      </ol>
    </details>
  );
}

export function ReconciliationTimeline({ group, now }: { group: GroupView; now: number }) {
  const t = useT();
  const cp = group.consumerProtocol!;
  const allMoves = useMemo(
    () => partitionMoves(cp.timeline.events, group.classic.segments),
    [cp.timeline.events, group.classic.segments],
  );
  const from = Math.max(0, now - WINDOW_MS);
  const moves = allMoves.filter((m) => (m.receivedAt ?? now) >= from);
  const latest = latestReconciliation(allMoves);
  const overlay = (list: PartitionMove[]) => (geo: Parameters<typeof ReconciliationMarks>[0]['geo']) => (
    <ReconciliationMarks cp={cp} moves={list} geo={geo} />
  );
  let zoom = null;
  if (latest && latest.to >= from) {
    const margin = Math.max(150, (latest.to - latest.from) * 0.15);
    const window = {
      from: Math.max(0, latest.from - margin),
      to: latest.to + margin,
      caption: t('kip848v.zoom', { ms: latest.to - latest.from }),
    };
    zoom = <RebalanceTimeline group={group} now={now} window={window} overlay={overlay(moves)} />;
  }
  return (
    <div className="recon-timeline" data-testid="reconciliation-timeline">
      <RebalanceTimeline group={group} now={now} overlay={overlay(moves)} />
      {zoom}
      <ReconciliationLegend />
      <MovesTable moves={moves} />
      <EpochList group={group} from={from} />
    </div>
  );
}
