import type { CollectionEntry } from 'astro:content';
import { readArchiveRecord } from '../archive/site-archive.ts';
import type { Scoring } from '../model/index.ts';
import { contentDir } from '../site-config.ts';

/** What the site knows about a stage's archive state (filled in by the archive feature). */
export interface StageArchive {
  archived: boolean;
  /** An archive manifest exists and its checksums were verified by `check`. */
  verified: boolean;
  date?: string;
  amendments: { date: string; reason: string }[];
}

/**
 * The scoring scheme a stage's results are computed with. Archived stages keep the scheme recorded
 * when they were frozen, so a later edit of scoring.yml cannot rewrite their grades.
 */
export function scoringInForce(stage: Pick<CollectionEntry<'stages'>, 'id' | 'data'>, current: Scoring | undefined): { scoring?: Scoring; archive: StageArchive } {
  const record = readArchiveRecord(contentDir(), stage.id);
  if (record) {
    const { manifest, verified } = record;
    return {
      scoring: manifest.scoring,
      archive: { archived: true, verified, date: manifest.archivedAt, amendments: manifest.history.map(({ date, reason }) => ({ date, reason })) },
    };
  }
  const archived = stage.data.status === 'archived';
  return { scoring: current, archive: { archived, verified: false, amendments: [] } };
}
