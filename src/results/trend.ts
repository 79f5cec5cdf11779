import type { StageResults } from './stage-results.ts';

export interface StageRef {
  id: string;
  title: string;
  order: number;
  results?: StageResults;
}

export interface TrendPoint {
  stage: string;
  title: string;
  total: number;
  grade: string;
  rank: number;
  /** Units ranked in that stage. */
  of: number;
  /** Average total of all units in that stage, for context. */
  averageTotal: number;
  /** Change of total against the unit's previous assessed stage. */
  change?: number;
}

/** A unit's results across stages, in stage order; stages where it was not assessed are skipped. */
export function unitTrend(unit: string, stages: StageRef[]): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const stage of [...stages].sort((a, b) => a.order - b.order)) {
    const row = stage.results?.rows.find((r) => r.unit === unit);
    if (!row || !stage.results) continue;
    const previous = points[points.length - 1];
    points.push({
      stage: stage.id,
      title: stage.title,
      total: row.total,
      grade: row.grade,
      rank: row.rank,
      of: stage.results.rows.length,
      averageTotal: stage.results.averageTotal,
      change: previous ? Math.round((row.total - previous.total) * 1e6) / 1e6 : undefined,
    });
  }
  return points;
}

export interface Movement {
  unit: string;
  previousRank: number;
  rank: number;
  /** Positive when the unit climbed. */
  delta: number;
  previousTotal: number;
  total: number;
}

/** Who rose and who fell between two stages (units assessed in both). */
export function compareStages(previous: StageResults, current: StageResults): Movement[] {
  const before = new Map(previous.rows.map((r) => [r.unit, r]));
  return current.rows
    .filter((row) => before.has(row.unit))
    .map((row) => {
      const old = before.get(row.unit)!;
      return { unit: row.unit, previousRank: old.rank, rank: row.rank, delta: old.rank - row.rank, previousTotal: old.total, total: row.total };
    });
}
