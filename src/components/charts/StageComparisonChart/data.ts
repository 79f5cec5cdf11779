/**
 * Comparison with the previous stage: places gained or lost by every unit assessed in both
 * (stage.movements), biggest climbers first. Pure.
 */
import type { ComparisonData, NumberStyle } from '../../../client/charts/types.ts';
import type { Movement } from '../../../results/trend.ts';
import { formatScore, formatSigned, joinNames, numberStyleOf } from '../shared/format.ts';
import { barChartHeight, type ChartModel } from '../shared/model.ts';
import { fellColor, roseColor, steadyColor } from '../shared/palette.ts';

export interface ComparisonInput {
  stageTitle: string;
  previousTitle: string;
  movements: Movement[];
  unitName: (id: string) => string;
  /** Number style of the two stages (from their scores); else taken from the totals. */
  format?: NumberStyle;
}

const placeText = (delta: number) => (delta > 0 ? `上升${delta}位` : delta < 0 ? `下降${-delta}位` : '名次不变');

/** Units in chart order: most places gained first, then by current rank. */
export function orderMovements(movements: Movement[]): Movement[] {
  return [...movements].sort((a, b) => b.delta - a.delta || a.rank - b.rank);
}

/** 与制度建设年相比，5个单位名次上升、4个下降、2个不变；接待处上升最多（4位），政策研究室下降最多（2位）。 */
export function summarizeComparison(movements: Movement[], previousTitle: string, unitName: (id: string) => string): string {
  if (movements.length === 0) return `没有单位同时参加本阶段和${previousTitle}的考核。`;
  const rose = movements.filter((m) => m.delta > 0);
  const fell = movements.filter((m) => m.delta < 0);
  const same = movements.length - rose.length - fell.length;
  const parts = [rose.length && `${rose.length}个单位名次上升`, fell.length && `${fell.length}个下降`, same && `${same}个不变`].filter(Boolean);
  if (rose.length === 0 && fell.length === 0) return `与${previousTitle}相比，${movements.length}个单位名次均未变化。`;
  const extremes: string[] = [];
  if (rose.length) {
    const most = Math.max(...rose.map((m) => m.delta));
    extremes.push(`${joinNames(rose.filter((m) => m.delta === most).map((m) => unitName(m.unit)))}上升最多（${most}位）`);
  }
  if (fell.length) {
    const most = Math.min(...fell.map((m) => m.delta));
    extremes.push(`${joinNames(fell.filter((m) => m.delta === most).map((m) => unitName(m.unit)))}下降最多（${-most}位）`);
  }
  return `与${previousTitle}相比，${parts.join('、')}；${extremes.join('，')}。`;
}

export function buildStageComparison(input: ComparisonInput): ChartModel<ComparisonData> {
  const { stageTitle, previousTitle, unitName } = input;
  const movements = orderMovements(input.movements);
  const style = input.format ?? numberStyleOf(movements.flatMap((m) => [m.total, m.previousTotal]));
  const names = movements.map((m) => unitName(m.unit));
  const change = (m: Movement) => formatSigned(Math.round((m.total - m.previousTotal) * 1e6) / 1e6, style.decimals);
  const summary = summarizeComparison(movements, previousTitle, unitName);
  return {
    kind: 'comparison',
    title: `${stageTitle}名次变化（与${previousTitle}相比）`,
    summary,
    data: {
      kind: 'comparison',
      summary,
      axisLabel: '← 名次下降（位）　　名次上升（位）→',
      labels: names,
      deltas: movements.map((m) => m.delta),
      colors: movements.map((m) => (m.delta > 0 ? roseColor : m.delta < 0 ? fellColor : steadyColor)),
      valueLabels: movements.map((m) => (m.delta > 0 ? `↑${m.delta}` : m.delta < 0 ? `↓${-m.delta}` : '持平')),
      min: -(Math.max(0, ...movements.map((m) => -m.delta)) + 1),
      max: Math.max(0, ...movements.map((m) => m.delta)) + 1,
      tooltips: movements.map((m, i) => ({
        title: names[i],
        lines: [
          `名次 第${m.previousRank}名 → 第${m.rank}名（${placeText(m.delta)}）`,
          `总分 ${formatScore(m.previousTotal, style)} → ${formatScore(m.total, style)}分（${change(m)}）`,
        ],
      })),
    },
    table: {
      caption: `${stageTitle}与${previousTitle}名次比较`,
      columns: [
        { label: '单位' },
        { label: `${previousTitle}名次`, numeric: true },
        { label: `${stageTitle}名次`, numeric: true },
        { label: '名次变化' },
        { label: `${previousTitle}总分`, numeric: true },
        { label: `${stageTitle}总分`, numeric: true },
        { label: '总分变化', numeric: true },
      ],
      rows: movements.map((m, i) => [names[i], String(m.previousRank), String(m.rank), placeText(m.delta), formatScore(m.previousTotal, style), formatScore(m.total, style), change(m)]),
    },
    legend: [
      { label: '名次上升', color: roseColor, shape: 'box' },
      { label: '名次下降', color: fellColor, shape: 'box' },
    ],
    height: barChartHeight(movements.length, 1.9),
  };
}
