import { z } from 'zod';
import { entryId, nonEmpty } from './common.ts';

/** One assessed indicator; the order of the list is the column order on tables and charts. */
export const indicatorSchema = z.strictObject({
  id: entryId,
  /** Chinese name, also accepted as a column header in score files. */
  name: nonEmpty,
  /** Highest score a unit can get on this indicator. */
  max: z.number().positive(),
});

/** A grade band: a unit's grade is the first (highest) band whose `min` <= its total. */
export const gradeSchema = z.strictObject({
  name: nonEmpty,
  min: z.number().min(0),
});

/** `scoring.yml`: the 百分量化考核 scheme. */
export const scoringSchema = z.strictObject({
  indicators: z.array(indicatorSchema).min(1),
  grades: z.array(gradeSchema).min(1),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type Grade = z.infer<typeof gradeSchema>;
export type Scoring = z.infer<typeof scoringSchema>;
