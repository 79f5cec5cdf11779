import { z } from 'zod';
import { entryId, isoDate, nonEmpty } from './common.ts';

/** `series/<id>.md`; the body is the opening column (开栏的话). */
export const seriesSchema = z.strictObject({
  title: nonEmpty,
  started: isoDate.optional(),
  slug: entryId.optional(),
  draft: z.boolean().default(false),
});

export type Series = z.infer<typeof seriesSchema>;
