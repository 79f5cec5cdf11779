/**
 * A unit's indicator profile in one stage (normally its latest assessed one): each indicator as a
 * percentage of its maximum, beside the all-units average of that stage. Pure.
 */
import type { NumberStyle, ProfileData } from '../../../client/charts/types.ts';
import type { IndicatorAverage, UnitResult } from '../../../results/stage-results.ts';
import { formatAverage, formatNumber, formatPercent, formatScore, joinNames, numberStyleOf, percentOf } from '../shared/format.ts';
import { barChartHeight, type ChartModel } from '../shared/model.ts';
import { focusColor, referenceColor } from '../shared/palette.ts';

export interface ProfileInput {
  unitName: string;
  stageTitle: string;
  row: UnitResult;
  /** The stage's indicator averages (they carry each indicator's name and max, in scheme order). */
  averages: IndicatorAverage[];
  /** Number style of the stage (from all its scores); else taken from the unit's scores. */
  format?: NumberStyle;
}

/** 质量提升年秘书一处得分率最高的是绩效结果运用（91.0%），最低的是运行跟踪监控（88.4%）；4项指标均高于全体平均。 */
export function summarizeProfile(input: ProfileInput): string {
  const { unitName, stageTitle, row, averages } = input;
  if (averages.length === 0) return `${stageTitle}没有考核指标。`;
  const rates = averages.map((a) => ({ name: a.name, rate: percentOf(row.scores[a.id] ?? 0, a.max), above: (row.scores[a.id] ?? 0) > a.average, below: (row.scores[a.id] ?? 0) < a.average }));
  const high = Math.max(...rates.map((r) => r.rate));
  const low = Math.min(...rates.map((r) => r.rate));
  const names = (rate: number) => joinNames(rates.filter((r) => r.rate === rate).map((r) => r.name));
  const spread = high === low ? `各项指标得分率均为${formatPercent(high)}` : `得分率最高的是${names(high)}（${formatPercent(high)}），最低的是${names(low)}（${formatPercent(low)}）`;
  const above = rates.filter((r) => r.above).length;
  const below = rates.filter((r) => r.below).length;
  const n = rates.length;
  const parts = [above && `${above}项高于全体平均`, below && `${below}项低于全体平均`].filter(Boolean).join('、');
  const relative =
    above === n ? `${n}项指标均高于全体平均` : below === n ? `${n}项指标均低于全体平均` : parts ? `${n}项指标中${parts}` : `${n}项指标均与全体平均持平`;
  return `${stageTitle}${unitName}${spread}；${relative}。`;
}

export function buildUnitProfile(input: ProfileInput): ChartModel<ProfileData> {
  const { unitName, stageTitle, row, averages } = input;
  const style = input.format ?? numberStyleOf(averages.map((a) => row.scores[a.id] ?? 0));
  const maxText = (max: number) => formatNumber(max, 0, 2);
  const summary = summarizeProfile(input);
  return {
    kind: 'profile',
    title: `${unitName}${stageTitle}分项得分率`,
    summary,
    data: {
      kind: 'profile',
      summary,
      axisLabel: '得分率（占该项满分的百分比）',
      labels: averages.map((a) => a.name),
      unit: { label: unitName, color: focusColor, values: averages.map((a) => percentOf(row.scores[a.id] ?? 0, a.max)) },
      average: { label: '全体平均', color: referenceColor, values: averages.map((a) => percentOf(a.average, a.max)) },
      tooltips: averages.map((a) => ({
        title: `${a.name}（满分${maxText(a.max)}）`,
        lines: [
          `${unitName} ${formatScore(row.scores[a.id] ?? 0, style)}分，${formatPercent(percentOf(row.scores[a.id] ?? 0, a.max))}`,
          `全体平均 ${formatAverage(a.average, style)}分，${formatPercent(percentOf(a.average, a.max))}`,
        ],
      })),
    },
    table: {
      caption: `${unitName}${stageTitle}分项得分`,
      columns: [
        { label: '指标' },
        { label: '满分', numeric: true },
        { label: '得分', numeric: true },
        { label: '得分率', numeric: true },
        { label: '全体平均分', numeric: true },
        { label: '平均得分率', numeric: true },
      ],
      rows: averages.map((a) => [
        a.name,
        maxText(a.max),
        formatScore(row.scores[a.id] ?? 0, style),
        formatPercent(percentOf(row.scores[a.id] ?? 0, a.max)),
        formatAverage(a.average, style),
        formatPercent(percentOf(a.average, a.max)),
      ]),
    },
    legend: [
      { label: unitName, color: focusColor, shape: 'box' },
      { label: '全体平均', color: referenceColor, shape: 'box' },
    ],
    height: barChartHeight(averages.length, 3.6, 4),
  };
}
