import type { Scoring } from '../../../model/scoring.ts';
import type { StageResults } from '../../../results/stage-results.ts';
import type { NumberStyle } from '../../../client/charts/types.ts';
import { resultPlaces, sumExact } from '../../../results/decimal.ts';

/** What a stage chart is built from: the derived results and the scheme they were computed with. */
export interface StageChartInput {
  stageTitle: string;
  results: StageResults;
  scoring: Scoring;
  /** Display name of a unit id (the registry name; the id itself when unknown). */
  unitName: (id: string) => string;
}

/** Decimal places of one or more stages: those of their most precise score or total. */
export function stageNumberStyle(...results: StageResults[]): NumberStyle {
  return { decimals: Math.min(2, Math.max(0, ...results.map(resultPlaces))), averageDecimals: 2 };
}

/** The highest total a scheme allows (normally 100). */
export function maxTotal(scoring: Scoring): number {
  return sumExact(scoring.indicators.map((indicator) => indicator.max));
}
