/**
 * zh-CN number formatting for chart labels, tooltips, tables and summaries (build time). Scores keep
 * the decimal places the data has (27.5 → 27.5, 17 → 17.0 when the stage has one decimal);
 * averages show up to two places (88.14), never fewer than the scores.
 */
import { decimalPlaces } from '../../../results/decimal.ts';
import type { NumberStyle } from '../../../client/charts/types.ts';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, minDecimals: number, maxDecimals = minDecimals): string {
  const key = `${minDecimals}:${maxDecimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals, useGrouping: false });
    formatters.set(key, formatter);
  }
  // -0 would print as "-0".
  return formatter.format(value === 0 ? 0 : value);
}

/** The number style of a data set: as many fixed decimals as its most precise value (at most 2). */
export function numberStyleOf(values: number[]): NumberStyle {
  const decimals = Math.min(2, Math.max(0, ...values.map(decimalPlaces)));
  return { decimals, averageDecimals: 2 };
}

export function formatScore(value: number, style: NumberStyle): string {
  return formatNumber(value, style.decimals);
}

export function formatAverage(value: number, style: NumberStyle): string {
  return formatNumber(value, style.decimals, Math.max(style.decimals, style.averageDecimals));
}

/** 87.345 → 87.3%. */
export function formatPercent(value: number, decimals = 1): string {
  return `${formatNumber(value, decimals)}%`;
}

/** +4.6, −1.2 (true minus sign), 0 → 0.0 with no sign. */
export function formatSigned(value: number, decimals: number): string {
  const text = formatNumber(Math.abs(value), decimals);
  if (Number(text) === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** Joins Chinese list items: 甲、乙和丙. */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]}、${names[1]}`;
  return names.join('、');
}

/** Percent of a maximum, rounded to 0.1 (for profile charts); 0 when the maximum is not positive. */
export function percentOf(value: number, max: number): number {
  if (!(max > 0)) return 0;
  return Math.round((value / max) * 1000) / 10;
}
