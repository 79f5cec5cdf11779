import type { Grade, Scoring } from '../model/scoring.ts';
import { averageExact, sumExact } from './decimal.ts';

export interface ScoredUnit {
  unit: string;
  scores: Record<string, number>;
  note?: string;
}

export interface UnitResult extends ScoredUnit {
  total: number;
  grade: string;
  /** 1 for the best; tied totals share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

export interface IndicatorAverage {
  id: string;
  name: string;
  max: number;
  average: number;
}

export interface GradeCount {
  grade: string;
  min: number;
  count: number;
}

export interface StageResults {
  /** Sorted by rank, then by the order units were listed. */
  rows: UnitResult[];
  indicatorAverages: IndicatorAverage[];
  gradeCounts: GradeCount[];
  averageTotal: number;
}

/** The first grade (highest first) whose min the total reaches. */
export function gradeOf(total: number, grades: Grade[]): string {
  const grade = grades.find((g) => total >= g.min) ?? grades[grades.length - 1];
  return grade?.name ?? '';
}

export function totalOf(scores: Record<string, number>, scoring: Scoring): number {
  return sumExact(scoring.indicators.map((indicator) => scores[indicator.id] ?? 0));
}

/** Competition ranking ("1224"): ties share a rank, the next rank skips. Stable for equal totals. */
export function rankUnits<T extends { total: number }>(units: T[]): (T & { rank: number })[] {
  const sorted = units.map((unit, index) => ({ unit, index })).sort((a, b) => b.unit.total - a.unit.total || a.index - b.index);
  let rank = 0;
  return sorted.map(({ unit }, position) => {
    if (position === 0 || unit.total !== sorted[position - 1].unit.total) rank = position + 1;
    return { ...unit, rank };
  });
}

export function computeStageResults(scoring: Scoring, scored: ScoredUnit[]): StageResults {
  const withTotals = scored.map((row) => {
    const total = totalOf(row.scores, scoring);
    return { ...row, total, grade: gradeOf(total, scoring.grades) };
  });
  const rows = rankUnits(withTotals);
  return {
    rows,
    indicatorAverages: scoring.indicators.map((indicator) => ({
      id: indicator.id,
      name: indicator.name,
      max: indicator.max,
      average: averageExact(rows.map((row) => row.scores[indicator.id] ?? 0)),
    })),
    gradeCounts: scoring.grades.map((grade) => ({ grade: grade.name, min: grade.min, count: rows.filter((row) => row.grade === grade.name).length })),
    averageTotal: averageExact(rows.map((row) => row.total)),
  };
}
