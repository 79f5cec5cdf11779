/** A stage's results as a download: CSV (名次,单位,<指标>,总分,等级,备注) and JSON. Pure. */
import type { Scoring } from '../model/scoring.ts';
import { resultPlaces } from '../results/decimal.ts';
import type { GradeCount, IndicatorAverage, StageResults } from '../results/stage-results.ts';
import { fixed, toCsv } from './csv.ts';

export interface StageDownloadInput {
  stage: string;
  title: string;
  scoring: Scoring;
  results: StageResults;
  unitName: (id: string) => string;
}

export interface StageResultsJson {
  stage: string;
  title: string;
  scoring: Scoring;
  rows: {
    rank: number;
    unit: string;
    name: string;
    scores: Record<string, number>;
    total: number;
    grade: string;
    note?: string;
  }[];
  indicatorAverages: IndicatorAverage[];
  gradeCounts: GradeCount[];
  averageTotal: number;
}

/** Decimals for a stage's CSV: as many as its most precise score (at most 2). */
export function stageDecimals(results: StageResults): number {
  return Math.min(2, resultPlaces(results));
}

export function stageResultsCsv(input: StageDownloadInput): string {
  const { scoring, results, unitName } = input;
  const decimals = stageDecimals(results);
  return toCsv([
    ['名次', '单位', ...scoring.indicators.map((indicator) => indicator.name), '总分', '等级', '备注'],
    ...results.rows.map((row) => [
      row.rank,
      unitName(row.unit),
      ...scoring.indicators.map((indicator) => fixed(row.scores[indicator.id], decimals)),
      fixed(row.total, decimals),
      row.grade,
      row.note ?? '',
    ]),
  ]);
}

export function stageResultsData(input: StageDownloadInput): StageResultsJson {
  const { stage, title, scoring, results, unitName } = input;
  return {
    stage,
    title,
    scoring: { indicators: scoring.indicators.map((i) => ({ ...i })), grades: scoring.grades.map((g) => ({ ...g })) },
    rows: results.rows.map((row) => ({
      rank: row.rank,
      unit: row.unit,
      name: unitName(row.unit),
      scores: Object.fromEntries(scoring.indicators.map((indicator) => [indicator.id, row.scores[indicator.id] ?? 0])),
      total: row.total,
      grade: row.grade,
      ...(row.note ? { note: row.note } : {}),
    })),
    indicatorAverages: results.indicatorAverages,
    gradeCounts: results.gradeCounts,
    averageTotal: results.averageTotal,
  };
}

export function stageResultsJson(input: StageDownloadInput): string {
  return `${JSON.stringify(stageResultsData(input), null, 2)}\n`;
}
