import { z } from 'zod';
import { entryId, imageRef, isoDate, nonEmpty, stringList } from './common.ts';

export const reportTypes = ['overview', 'feature', 'interview', 'news'] as const;
export const reportTypeLabels: Record<(typeof reportTypes)[number], string> = {
  overview: '综述',
  feature: '通讯',
  interview: '访谈',
  news: '消息',
};

/** `reports/**\/*.md`: a showcase report in newspaper form. */
export const reportSchema = z.strictObject({
  /** The headline (主题). */
  title: nonEmpty,
  date: isoDate,
  /** The line above the headline (引题). */
  kicker: nonEmpty.optional(),
  /** The line below the headline (副题). */
  subtitle: nonEmpty.optional(),
  /** Byline, e.g. 本报记者 王红. */
  author: nonEmpty.optional(),
  /** The publication it appeared in. */
  source: nonEmpty.optional(),
  series: entryId.optional(),
  type: z.enum(reportTypes).optional(),
  /** The key summary box (核心提示). */
  lead: nonEmpty.optional(),
  stage: entryId.optional(),
  /** Unit ids or names. */
  units: stringList.default([]),
  /** Case ids. */
  cases: z.array(entryId).default([]),
  tags: stringList.default([]),
  cover: imageRef.optional(),
  slug: entryId.optional(),
  draft: z.boolean().default(false),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportType = (typeof reportTypes)[number];
