import { relative, sep } from 'node:path';
import type { CheckedContent, Entry, StageScores } from '../check/content.ts';
import type { Scoring, Stage } from '../model/index.ts';
import { computeStageResults, type StageResults } from '../results/stage-results.ts';
import type { ArchivedResult } from './manifest.ts';

/** One stage as `check` loaded it: its entry, its scores, and the results under a given scheme. */
export interface StageRecord {
  entry: Entry<Stage>;
  scores?: StageScores;
}

export function findStage(content: CheckedContent, id: string): StageRecord | undefined {
  const entry = content.stages.find((s) => s.id === id);
  if (!entry) return undefined;
  return { entry, scores: content.scores.find((s) => s.stage === id) };
}

export function stageResults(record: StageRecord, scoring: Scoring): StageResults {
  return computeStageResults(scoring, (record.scores?.rows ?? []).map(({ unit, scores, note }) => ({ unit, scores, ...(note ? { note } : {}) })));
}

/** The short table kept in the manifest: who got what, so a reader of the record sees what was archived. */
export function resultSummary(results: StageResults, unitName: (id: string) => string): ArchivedResult[] {
  return results.rows.map((row) => ({ rank: row.rank, unit: row.unit, name: unitName(row.unit), total: row.total, grade: row.grade }));
}

export function unitNamer(content: CheckedContent): (id: string) => string {
  const names = new Map(content.units.map((u) => [u.id, u.name]));
  return (id) => names.get(id) ?? id;
}

/** `stages/2009-zhidu.md`: a path relative to the content folder with forward slashes. */
export function contentRelative(contentDir: string, path: string): string {
  return relative(contentDir, path).split(sep).join('/');
}
