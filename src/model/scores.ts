import { z } from 'zod';
import type { Indicator, Scoring } from './scoring.ts';

/** Header cells that name the unit column and the optional note column of a scores file. */
export const unitHeaders = ['unit', '单位'] as const;
export const noteHeaders = ['note', '备注'] as const;

/**
 * A score cell: a plain decimal number written with ASCII digits, from 0 to the indicator's max.
 * Excel on Chinese Windows sometimes stores full-width digits (８５); those are rejected, not guessed.
 */
export function scoreCellSchema(indicator: Indicator) {
  return z
    .string()
    .trim()
    .refine((text) => /^\d+(\.\d+)?$/.test(text), {
      params: { code: 'score-not-number' },
      message: `not a number from 0 to ${indicator.max} for ${indicator.name}`,
    })
    .transform(Number)
    .refine((value) => value <= indicator.max, {
      params: { code: 'score-range' },
      message: `above the max of ${indicator.max} for ${indicator.name}`,
    });
}

/** One row of `scores/<stage>.csv`, keyed by indicator id after the headers are resolved. */
export function scoreRowSchema(scoring: Scoring) {
  const cells = Object.fromEntries(scoring.indicators.map((indicator) => [indicator.id, scoreCellSchema(indicator)]));
  return z.strictObject({
    unit: z.string().trim().min(1),
    note: z.string().trim().optional(),
    ...cells,
  });
}

/** A validated score row: the unit as written, one number per indicator id. */
export interface ScoreRow {
  /** Unit id (resolved from an id or a name). */
  unit: string;
  scores: Record<string, number>;
  note?: string;
}

/** A stage's validated scores as stored for the site: units resolved to ids. */
export const stageScoresSchema = z.object({
  stage: z.string(),
  rows: z.array(z.object({ unit: z.string(), scores: z.record(z.string(), z.number()), note: z.string().optional() })),
});
export type StageScoresData = z.infer<typeof stageScoresSchema>;
