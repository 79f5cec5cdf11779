import { z } from 'zod';
import { entryId, nonEmpty } from './common.ts';

export const boardSlideKinds = ['title', 'cases', 'ranking', 'reports', 'summary'] as const;

/** The unattended lobby board (`/board/`). */
export const boardSchema = z.strictObject({
  /** Seconds each slide stays on screen. */
  interval: z.number().min(3).max(600).default(15),
  /** Which slides, in which order. */
  slides: z.array(z.enum(boardSlideKinds)).min(1).default([...boardSlideKinds]),
  /** How many units the ranking slide shows. */
  topN: z.number().int().min(1).max(50).default(10),
  /** Seconds between checks whether the site was rebuilt. */
  refresh: z.number().min(10).max(86400).default(300),
});

/** `site.yml`: the only required file. */
export const siteSchema = z.strictObject({
  /** Site title, shown in every page header. */
  title: nonEmpty,
  /** The issuing office, e.g. 中原市人民政府办公厅. */
  organization: nonEmpty,
  description: nonEmpty.optional(),
  /** The campaign's name, e.g. 争做人民满意公务员. */
  campaign: nonEmpty.optional(),
  /** Case ids to feature on the home page and the board; defaults to the newest cases. */
  featured: z.array(entryId).optional(),
  /** Load `http(s)://` images in Markdown; off by default because an intranet has no internet. */
  remoteImages: z.boolean().default(false),
  board: boardSchema.default(boardSchema.parse({})),
});

export type Site = z.infer<typeof siteSchema>;
export type BoardSettings = z.infer<typeof boardSchema>;
