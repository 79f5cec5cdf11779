import { z } from 'zod';
import { entryId, nonEmpty } from './common.ts';

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** One row of `units.csv`. */
export const unitSchema = z.strictObject({
  id: entryId,
  name: nonEmpty,
  /** Id of the parent unit (e.g. the office a section belongs to). */
  parent: z.preprocess(blankToUndefined, entryId.optional()),
  /** Free text such as 处室 or 机关. */
  kind: z.preprocess(blankToUndefined, nonEmpty.optional()),
});

export const unitColumns = ['id', 'name', 'parent', 'kind'] as const;
export type Unit = z.infer<typeof unitSchema>;
