/** A unit's results across stages as a download: CSV and JSON. Pure. */
import type { Indicator, Scoring } from '../model/scoring.ts';
import { decimalPlaces } from '../results/decimal.ts';
import type { UnitResult } from '../results/stage-results.ts';
import type { TrendPoint } from '../results/trend.ts';
import { fixed, toCsv } from './csv.ts';

export interface UnitHistoryEntry {
  point: TrendPoint;
  /** The unit's row in that stage's results (its scores and note). */
  row: UnitResult;
  scoring: Scoring;
}

export interface UnitHistoryInput {
  unit: string;
  name: string;
  entries: UnitHistoryEntry[];
  /** Decimals of score cells: those of the stages (stageDecimals); else the unit's own scores'. */
  decimals?: number;
}

export interface UnitHistoryJson {
  unit: string;
  name: string;
  indicators: Indicator[];
  stages: {
    stage: string;
    title: string;
    scores: Record<string, number>;
    total: number;
    grade: string;
    rank: number;
    of: number;
    averageTotal: number;
    change?: number;
    note?: string;
  }[];
}

/** Every indicator any of the stages used, by id, in first-seen order (schemes may change). */
export function historyIndicators(entries: UnitHistoryEntry[]): Indicator[] {
  const seen = new Map<string, Indicator>();
  for (const entry of entries) for (const indicator of entry.scoring.indicators) if (!seen.has(indicator.id)) seen.set(indicator.id, indicator);
  return [...seen.values()];
}

export function unitHistoryCsv(input: UnitHistoryInput): string {
  const indicators = historyIndicators(input.entries);
  const decimals = input.decimals ?? Math.min(2, Math.max(0, ...input.entries.flatMap((e) => [e.row.total, ...Object.values(e.row.scores)]).map(decimalPlaces)));
  const averageDecimals = Math.max(decimals, Math.min(2, Math.max(0, ...input.entries.map((e) => decimalPlaces(e.point.averageTotal)))));
  return toCsv([
    ['阶段', ...indicators.map((i) => i.name), '总分', '等级', '名次', '参评单位数', '全体平均分', '较上阶段', '备注'],
    ...input.entries.map(({ point, row }) => [
      point.title,
      ...indicators.map((i) => fixed(row.scores[i.id], decimals)),
      fixed(row.total, decimals),
      point.grade,
      point.rank,
      point.of,
      fixed(point.averageTotal, averageDecimals),
      point.change === undefined ? '' : fixed(point.change, decimals),
      row.note ?? '',
    ]),
  ]);
}

export function unitHistoryData(input: UnitHistoryInput): UnitHistoryJson {
  return {
    unit: input.unit,
    name: input.name,
    indicators: historyIndicators(input.entries).map((i) => ({ ...i })),
    stages: input.entries.map(({ point, row, scoring }) => ({
      stage: point.stage,
      title: point.title,
      scores: Object.fromEntries(scoring.indicators.map((i) => [i.id, row.scores[i.id] ?? 0])),
      total: row.total,
      grade: point.grade,
      rank: point.rank,
      of: point.of,
      averageTotal: point.averageTotal,
      ...(point.change === undefined ? {} : { change: point.change }),
      ...(row.note ? { note: row.note } : {}),
    })),
  };
}

export function unitHistoryJson(input: UnitHistoryInput): string {
  return `${JSON.stringify(unitHistoryData(input), null, 2)}\n`;
}
