/**
 * A unit's total across stages (campaign.trend) as a line, with the all-units average of each stage
 * for context and the grade thresholds as reference lines. Pure.
 */
import type { NumberStyle, TrendData } from '../../../client/charts/types.ts';
import type { Grade } from '../../../model/scoring.ts';
import type { TrendPoint } from '../../../results/trend.ts';
import { formatAverage, formatNumber, formatScore, formatSigned, numberStyleOf } from '../shared/format.ts';
import { gradeBands } from '../shared/grades.ts';
import type { ChartModel } from '../shared/model.ts';
import { focusColor, inkColor, referenceColor } from '../shared/palette.ts';

export interface TrendInput {
  unitName: string;
  points: TrendPoint[];
  /** Grades to draw as reference lines; leave out when the stages used different schemes. */
  grades?: Grade[];
  /** The highest possible total (normally 100). */
  max: number;
  /** Number style of the stages (from their scores); else taken from the totals. */
  format?: NumberStyle;
}

const trendStyle = (points: TrendPoint[]) => numberStyleOf(points.map((p) => p.total));

function comparedWithAverage(point: TrendPoint, style: NumberStyle): string {
  const diff = Math.round((point.total - point.averageTotal) * 1e6) / 1e6;
  if (diff === 0) return '与全体平均分持平';
  return `${diff > 0 ? '高于' : '低于'}全体平均分${formatAverage(Math.abs(diff), style)}分`;
}

/** 秘书一处参加3个阶段考核，总分由83.5分升至93.5分；质量提升年得93.5分（优秀），高于全体平均分6.6分，列第2名。 */
export function summarizeTrend(unitName: string, points: TrendPoint[], style: NumberStyle = trendStyle(points)): string {
  if (points.length === 0) return `${unitName}尚未参加考核。`;
  const last = points[points.length - 1];
  const result = `得${formatScore(last.total, style)}分（${last.grade}），${comparedWithAverage(last, style)}，列第${last.rank}名`;
  if (points.length === 1) return `${unitName}参加了${last.title}考核，${result}。`;
  const latest = `${last.title}${result}`;
  const first = points[0];
  const verb = last.total > first.total ? '升至' : last.total < first.total ? '降至' : '持平于';
  return `${unitName}参加${points.length}个阶段考核，总分由${formatScore(first.total, style)}分${verb}${formatScore(last.total, style)}分；${latest}。`;
}

export function buildUnitTrend(input: TrendInput): ChartModel<TrendData> {
  const { unitName, points, max } = input;
  const style = input.format ?? trendStyle(points);
  const values = points.flatMap((p) => [p.total, p.averageTotal]);
  const lowest = values.length ? Math.min(...values) : 0;
  const min = Math.max(0, Math.floor((lowest - 5) / 10) * 10);
  const bands = input.grades ? gradeBands(input.grades) : [];
  const summary = summarizeTrend(unitName, points, style);
  const changeText = (p: TrendPoint) => (p.change === undefined ? '—' : formatSigned(p.change, style.decimals));
  return {
    kind: 'trend',
    title: `${unitName}历次考核总分`,
    summary,
    data: {
      kind: 'trend',
      summary,
      format: style,
      axisLabel: '总分（分）',
      labels: points.map((p) => p.title),
      unit: { label: unitName, color: focusColor, values: points.map((p) => p.total) },
      valueLabels: points.map((p) => formatScore(p.total, style)),
      average: { label: '全体平均分', color: referenceColor, values: points.map((p) => p.averageTotal) },
      min,
      max,
      thresholds: bands.filter((b) => b.min > min && b.min < max).map((b) => ({ value: b.min, label: `${b.name} ≥${formatNumber(b.min, 0, 2)}`, color: inkColor })),
      tooltips: points.map((p) => ({
        title: p.title,
        lines: [
          `${unitName} ${formatScore(p.total, style)}分 · ${p.grade}`,
          `第${p.rank}名（共${p.of}个单位）`,
          `全体平均分 ${formatAverage(p.averageTotal, style)}分`,
          ...(p.change === undefined ? [] : [`较上阶段 ${changeText(p)}分`]),
        ],
      })),
    },
    table: {
      caption: `${unitName}历次考核总分`,
      columns: [
        { label: '阶段' },
        { label: '总分', numeric: true },
        { label: '等级' },
        { label: '名次', numeric: true },
        { label: '全体平均分', numeric: true },
        { label: '较上阶段', numeric: true },
      ],
      rows: points.map((p) => [p.title, formatScore(p.total, style), p.grade, `${p.rank}/${p.of}`, formatAverage(p.averageTotal, style), changeText(p)]),
    },
    legend: [
      { label: unitName, color: focusColor, shape: 'line' },
      { label: '全体平均分', color: referenceColor, shape: 'dash' },
    ],
    height: '20rem',
  };
}
