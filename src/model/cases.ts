import { z } from 'zod';
import { entryId, imageRef, isoDate, nonEmpty, stringList } from './common.ts';

export const caseKinds = ['individual', 'collective'] as const;
export const caseKindLabels: Record<(typeof caseKinds)[number], string> = {
  individual: '先进个人',
  collective: '先进集体',
};

/** A figure shown large on case pages and the board, e.g. 修订完善规章制度 49 项. */
export const highlightSchema = z.strictObject({
  label: nonEmpty,
  value: z.union([z.number(), nonEmpty]),
  suffix: nonEmpty.optional(),
});

/** `cases/**\/*.md`: an exemplary individual or collective (先进典型). */
export const caseSchema = z.strictObject({
  name: nonEmpty,
  kind: z.enum(caseKinds),
  /** Unit id or name. */
  unit: nonEmpty,
  /** One or two sentences for cards and the board. */
  summary: nonEmpty,
  position: nonEmpty.optional(),
  honors: stringList.default([]),
  stage: entryId.optional(),
  date: isoDate.optional(),
  photo: imageRef.optional(),
  highlights: z.array(highlightSchema).default([]),
  tags: stringList.default([]),
  slug: entryId.optional(),
  draft: z.boolean().default(false),
});

export type Case = z.infer<typeof caseSchema>;
export type CaseKind = (typeof caseKinds)[number];
export type Highlight = z.infer<typeof highlightSchema>;
