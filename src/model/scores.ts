import { z } from 'zod';
import type { Indicator, Scoring } from './scoring.ts';

/** Header cells that name the unit column and the optional note column of a scores file. */
export const unitHeaders = ['unit', '单位'] as const;
export const noteHeaders = ['note', '备注'] as const;

/**
 * A score cell: a plain decimal number written with ASCII digits, from 0 to the indicator's max.
 * Excel on Chinese Windows sometimes stores full-width digits (８５); those are rejected, not guessed,
 * with the half-width spelling in the message so the fix is obvious. Messages are complete sentences
 * because a cell has no key name for the checker to put in front.
 */
export function scoreCellSchema(indicator: Indicator) {
  const range = `from 0 to ${indicator.max} for ${indicator.name}`;
  return z.string().transform((raw, ctx) => {
    const text = raw.trim();
    const fail = (code: 'score-not-number' | 'score-range', message: string) => {
      ctx.addIssue({ code: 'custom', message, params: { code } });
      return z.NEVER;
    };
    if (text === '') return fail('score-not-number', `the score is empty; expected a number ${range}`);
    if (!/^-?\d+(\.\d+)?$/.test(text)) {
      const halfWidth = toHalfWidth(text);
      const hint = halfWidth !== text && /^-?\d+(\.\d+)?$/.test(halfWidth) ? ` (full-width digits: write ${halfWidth})` : '';
      return fail('score-not-number', `score "${text}" is not a number${hint}; expected a number ${range}`);
    }
    const value = Number(text);
    if (value < 0) return fail('score-range', `score ${text} is below 0, the lowest score for ${indicator.name}`);
    if (value > indicator.max) return fail('score-range', `score ${text} is above the max of ${indicator.max} for ${indicator.name}`);
    return value;
  });
}

/** Full-width digits, point and minus (０-９ ． －) to their ASCII forms. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0e\uff0d]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** One row of `scores/<stage>.csv`, keyed by indicator id after the headers are resolved. */
export function scoreRowSchema(scoring: Scoring) {
  const cells = Object.fromEntries(scoring.indicators.map((indicator) => [indicator.id, scoreCellSchema(indicator)]));
  return z.strictObject({
    unit: z.string().transform((raw, ctx) => {
      if (raw.trim() !== '') return raw.trim();
      ctx.addIssue({ code: 'custom', message: 'the unit cell is empty; expected a unit id or name from units.csv', params: { code: 'unknown-unit' } });
      return z.NEVER;
    }),
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
