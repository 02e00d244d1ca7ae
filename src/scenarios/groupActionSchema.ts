/** Scenario-timeline entries for consumer-group actions (see engine/actions/groupActionTypes.ts). */
import { z } from 'zod';
import { LIMITS, limitMessage } from './limits';

export function groupActionSchemas(id: z.ZodString) {
  const at = z.number().int().min(0);
  return [
    z.strictObject({ atMs: at, action: z.literal('addConsumer'), group: id, groupInstanceId: id.optional() }),
    z.strictObject({
      atMs: at,
      action: z.literal('setGroupInstanceId'),
      group: id,
      member: id,
      groupInstanceId: z.string().max(249).nullable(),
    }),
    z.strictObject({ atMs: at, action: z.literal('stopConsumer'), group: id, member: id }),
    z.strictObject({ atMs: at, action: z.literal('crashConsumer'), group: id, member: id }),
    z.strictObject({
      atMs: at,
      action: z.literal('slowConsumer'),
      group: id,
      member: id,
      processingMsPerRecord: z.number().min(0).max(3_600_000),
    }),
    z.strictObject({
      atMs: at,
      action: z.literal('setCommitMode'),
      group: id,
      mode: z.enum(['none', 'commitSync', 'commitAsync']),
    }),
    z.strictObject({
      atMs: at,
      action: z.literal('changeSubscription'),
      group: id,
      topics: z.array(id).min(1),
    }),
    z.strictObject({
      atMs: at,
      action: z.literal('fastForward'),
      ms: z
        .number()
        .int()
        .min(0)
        .max(LIMITS.runMs, { error: (iss) => limitMessage('runMs', Number(iss.input)) }),
    }),
  ] as const;
}
