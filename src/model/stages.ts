import { z } from 'zod';
import { entryId, isoDate, nonEmpty } from './common.ts';

export const stageStatuses = ['planned', 'active', 'archived'] as const;
export const stageStatusLabels: Record<(typeof stageStatuses)[number], string> = {
  planned: '未开始',
  active: '进行中',
  archived: '已归档',
};

/** `stages/<id>.md`; the body is the stage summary (阶段总结). */
export const stageSchema = z
  .strictObject({
    title: nonEmpty,
    /** Position in the campaign; unique. */
    order: z.number().int(),
    start: isoDate.optional(),
    end: isoDate.optional(),
    status: z.enum(stageStatuses).default('active'),
    slug: entryId.optional(),
  });

export type Stage = z.infer<typeof stageSchema>;
export type StageStatus = (typeof stageStatuses)[number];
