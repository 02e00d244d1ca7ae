/**
 * "Which partitions moved, and how": pairs the coordinator's reconciliation steps (reconciliation log) with
 * the ownership segments, per partition — when its owner was asked to revoke it, when the owner
 * acknowledged (the next heartbeat no longer listed it) or was removed, when the coordinator gave it to
 * the new owner, and when the new owner started consuming it (the response arrived and poll() took it).
 * This follows the order Kafka's `CurrentAssignmentBuilder` enforces: a partition is given to its new
 * owner only after the previous owner has released it.
 */
import type { ReconciliationEvent } from '../../model/consumerProtocol';
import type { OwnershipSegment } from '../../model/group';

export interface PartitionMove {
  partition: string;
  from: string;
  /** When the coordinator asked `from` to revoke it (null: it was freed by leaving or fencing). */
  askedAt: number | null;
  /** When the coordinator saw it released: an acknowledging heartbeat, a leave or a fencing. */
  releasedAt: number | null;
  /** How it was released. */
  release: 'revoked' | 'left' | 'fenced' | null;
  /** `from`'s member epoch after acknowledging (the epoch it moved on to). */
  releaseEpoch: number | null;
  to: string | null;
  /** When the coordinator gave it to `to` (in its heartbeat response). */
  assignedAt: number | null;
  /** `to`'s member epoch when it got it. */
  assignEpoch: number | null;
  /** When `to` started consuming it (its ownership segment began). */
  receivedAt: number | null;
  /** When `from` stopped consuming it (its ownership segment ended): the pause runs from here to receivedAt. */
  stoppedAt: number | null;
}

/** Every move in the log, oldest first; a move still under way has nulls for what has not happened. */
export function partitionMoves(
  events: readonly ReconciliationEvent[],
  segments: readonly OwnershipSegment[],
): PartitionMove[] {
  const open = new Map<string, PartitionMove>();
  const moves: PartitionMove[] = [];
  const start = (partition: string, from: string, askedAt: number | null): PartitionMove => {
    const move: PartitionMove = {
      partition,
      from,
      askedAt,
      releasedAt: null,
      release: null,
      releaseEpoch: null,
      to: null,
      assignedAt: null,
      assignEpoch: null,
      receivedAt: null,
      stoppedAt: null,
    };
    open.set(partition, move);
    moves.push(move);
    return move;
  };
  for (const e of events) {
    for (const p of e.partitions) {
      const move = open.get(p);
      if (e.kind === 'revoke') start(p, e.member, e.at);
      else if (e.kind === 'revoked' && move?.from === e.member && move.releasedAt === null) {
        Object.assign(move, { releasedAt: e.at, release: 'revoked', releaseEpoch: e.memberEpoch });
      } else if (e.kind === 'left' || e.kind === 'fenced') {
        const m = move?.from === e.member && move.releasedAt === null ? move : start(p, e.member, null);
        Object.assign(m, { releasedAt: e.at, release: e.kind });
      } else if (e.kind === 'assign' && move) {
        Object.assign(move, { to: e.member, assignedAt: e.at, assignEpoch: e.memberEpoch });
        open.delete(p);
      }
    }
  }
  for (const move of moves) {
    const began = move.askedAt ?? move.releasedAt ?? 0;
    const held = segments.filter(
      (s) => s.partition === move.partition && s.clientId === move.from && s.from <= began,
    );
    const last = held[held.length - 1];
    move.stoppedAt = last && last.to >= 0 ? last.to : null;
    if (move.to === null || move.assignedAt === null) continue;
    const got = segments.find(
      (s) => s.partition === move.partition && s.clientId === move.to && s.from >= move.assignedAt!,
    );
    move.receivedAt = got ? got.from : null;
  }
  return moves;
}
