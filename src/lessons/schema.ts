/**
 * The lesson format as a zod schema, so a lesson (typed TS data today, JSON tomorrow) is checked like a
 * scenario file: every message names the lesson, the path and the problem.
 */
import { z } from 'zod';
import type { SimEventType } from '../engine';
import { formatPath, PANEL_IDS, timelineActionSchema } from '../scenarios';
import type { Condition, Lesson } from './types';

const text = z.strictObject({ en: z.string().min(1).max(1200), ko: z.string().min(1).max(1200) });
const panel = z.enum(PANEL_IDS);
const json: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(json)]),
);
const op = z.enum(['==', '!=', '>', '>=', '<', '<=']);
const path = z
  .string()
  .regex(/^[A-Za-z0-9_.[\]/-]+$/, 'expected a read-model path like groups[g].classic.generation');
const eventType = z
  .string()
  .regex(/^[A-Z][A-Za-z]+$/, 'expected an event type like BatchSent') as z.ZodType<SimEventType>;
const where = z.record(z.string(), json).optional();

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ event: eventType, where, atLeast: z.number().int().min(1).optional() }),
    z.strictObject({ value: path, op, than: json }),
    z.strictObject({ change: path, op, than: z.number() }),
    z.strictObject({
      average: eventType,
      field: z.string(),
      where,
      atLeast: z.number().int().min(1),
      op,
      than: z.number(),
    }),
    z.strictObject({ elapsedMs: z.number().int().min(0) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
) as z.ZodType<Condition>;

/** A lesson's action is a timeline action without its time: it runs when the step starts. */
const action = z.unknown().superRefine((value, ctx) => {
  const parsed = timelineActionSchema.safeParse({ atMs: 0, ...(value as object) });
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

const highlight = z.union([
  z.strictObject({ panel }),
  z.strictObject({ slider: z.string().min(1) }),
  z.strictObject({ partition: z.number().int().min(0) }),
  z.strictObject({ broker: z.number().int().min(0) }),
  z.strictObject({ member: z.string().min(1) }),
]);

const step = z.strictObject({
  title: text,
  narration: text,
  panels: z.array(panel).min(1).optional(),
  highlight: highlight.optional(),
  actions: z.array(action).optional(),
  until: conditionSchema.optional(),
  withinMs: z.number().int().min(1).max(3_600_000).optional(),
  result: text.optional(),
  predict: z
    .strictObject({
      question: text,
      choices: z.array(text).min(2).max(4),
      answer: z.number().int().min(0),
      explain: text,
      evidence: conditionSchema,
    })
    .refine((p) => p.answer < p.choices.length, { message: 'answer must index one of the choices' })
    .optional(),
  goal: z
    .strictObject({
      task: text,
      check: conditionSchema,
      hint: text.optional(),
      solution: z.array(action).min(1),
      controls: z.array(z.string().min(1)).optional(),
    })
    .optional(),
});

export const lessonSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'expected lower-case letters, digits and "-"'),
  title: text,
  summary: text,
  scenario: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  panels: z.array(panel).min(1),
  steps: z.array(step).min(1).max(12),
  recap: text,
  correction: z.strictObject({ note: text, kafka: text }).optional(),
});

/** Checks a lesson; messages read `lesson batching: steps[2].goal.check: …`. */
export function validateLesson(
  data: unknown,
  source: string,
): { ok: true; lesson: Lesson } | { ok: false; errors: string[] } {
  const result = lessonSchema.safeParse(data);
  if (result.success) return { ok: true, lesson: data as Lesson };
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${source}: ${formatPath(i.path)}: ${i.message}`),
  };
}
