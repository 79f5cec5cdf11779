import type { ChartData } from '../../../client/charts/types.ts';

/** A data table rendered beside a chart (and in print, and without JavaScript). */
export interface ChartTable {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  /** Index of the column whose cells are row headers (<th scope="row">); 0 when omitted. */
  rowHeader?: number;
  rows: string[][];
  /** A closing row (averages), rendered in <tfoot>. */
  footer?: string[];
}

/** A legend entry drawn in HTML (so it reads without JavaScript and in print). */
export interface LegendItem {
  label: string;
  color: string;
  /** box: a bar colour; line / dash: a line series or a reference line. */
  shape: 'box' | 'line' | 'dash';
}

/** Everything a chart figure renders: built at build time by a pure data builder. */
export interface ChartModel<T extends ChartData = ChartData> {
  /** Used for element ids; unique on a page together with the scope id. */
  kind: T['kind'];
  title: string;
  /** One line, generated from the data; also the canvas's aria-label. */
  summary: string;
  data: T;
  table: ChartTable;
  legend: LegendItem[];
  /** CSS height of the drawing area, e.g. "22rem". */
  height: string;
}

/** Height for a horizontal bar chart with `rows` bars. */
export function barChartHeight(rows: number, perRow = 2.1, extra = 4.5): string {
  return `${Math.round((Math.max(rows, 1) * perRow + extra) * 10) / 10}rem`;
}

/**
 * The chart data as the text of a <script type="application/json">: every "<" escaped as \u003c, so
 * a unit name holding "</script>" or "<!--" cannot end the element early. JSON.parse restores it.
 */
export function chartJson(data: ChartData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
