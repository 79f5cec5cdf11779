/**
 * The JSON each chart carries next to its canvas. Built at build time by the pure data builders in
 * src/components/charts/<Name>/data.ts from the derived results; the browser only draws it (every
 * label, colour, tooltip line and number is decided here, nothing is recomputed in the browser).
 */

/** Number display: `decimals` fixed places for scores, up to `averageDecimals` for means. */
export interface NumberStyle {
  decimals: number;
  averageDecimals: number;
}

/** A grade threshold drawn as a reference line (优秀 ≥90 …). */
export interface Threshold {
  value: number;
  label: string;
  color: string;
}

/** What the HTML tooltip shows for one category (a unit, a stage, an indicator). */
export interface TooltipContent {
  title: string;
  lines: string[];
}

export interface RankingRow {
  unit: string;
  name: string;
  rank: number;
  total: number;
  grade: string;
  color: string;
  /** The formatted total printed at the end of the bar, e.g. 93.5. */
  valueLabel: string;
  tooltip: TooltipContent;
}

export interface RankingData {
  kind: 'ranking';
  /** The accessible one-line summary, also the canvas's aria-label. */
  summary: string;
  /** Axis maximum: the sum of the indicator maxima (100). */
  max: number;
  format: NumberStyle;
  axisLabel: string;
  thresholds: Threshold[];
  rows: RankingRow[];
}

export interface SeriesSpec {
  label: string;
  color: string;
  values: (number | null)[];
}

export interface IndicatorsData {
  kind: 'indicators';
  summary: string;
  max: number;
  format: NumberStyle;
  axisLabel: string;
  /** Unit names, in rank order. */
  labels: string[];
  /** One series per indicator, stacked to the total. */
  series: SeriesSpec[];
  totals: string[];
  tooltips: TooltipContent[];
}

export interface GradesData {
  kind: 'grades';
  summary: string;
  axisLabel: string;
  labels: string[];
  counts: number[];
  colors: string[];
  tooltips: TooltipContent[];
}

export interface ComparisonData {
  kind: 'comparison';
  summary: string;
  axisLabel: string;
  labels: string[];
  /** Places gained (positive) or lost (negative). */
  deltas: number[];
  colors: string[];
  valueLabels: string[];
  /** Axis range in places: one place beyond the biggest fall (negative) and the biggest climb. */
  min: number;
  max: number;
  tooltips: TooltipContent[];
}

export interface TrendData {
  kind: 'trend';
  summary: string;
  format: NumberStyle;
  axisLabel: string;
  labels: string[];
  unit: SeriesSpec;
  /** The unit's totals as printed above its points. */
  valueLabels: string[];
  average: SeriesSpec;
  min: number;
  max: number;
  thresholds: Threshold[];
  tooltips: TooltipContent[];
}

export interface ProfileData {
  kind: 'profile';
  summary: string;
  axisLabel: string;
  labels: string[];
  /** Percent of each indicator's maximum. */
  unit: SeriesSpec;
  average: SeriesSpec;
  tooltips: TooltipContent[];
}

export interface OverviewData {
  kind: 'overview';
  summary: string;
  format: NumberStyle;
  labels: string[];
  countAxisLabel: string;
  averageAxisLabel: string;
  /** Stacked grade counts per stage, best grade first. */
  grades: SeriesSpec[];
  average: SeriesSpec;
  /** The averages as printed above the line's points. */
  averageLabels: string[];
  averageMin: number;
  averageMax: number;
  tooltips: TooltipContent[];
}

export type ChartData = RankingData | IndicatorsData | GradesData | ComparisonData | TrendData | ProfileData | OverviewData;
export type ChartKind = ChartData['kind'];
