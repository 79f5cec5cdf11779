/**
 * Indicator breakdown of a stage: each unit's score per indicator, stacked to its total, in rank
 * order; the table adds the indicator averages. Pure.
 */
import type { IndicatorsData } from '../../../client/charts/types.ts';
import type { IndicatorAverage } from '../../../results/stage-results.ts';
import { formatAverage, formatNumber, formatPercent, formatScore, joinNames, percentOf } from '../shared/format.ts';
import { barChartHeight, type ChartModel } from '../shared/model.ts';
import { indicatorColors } from '../shared/palette.ts';
import { maxTotal, stageNumberStyle, type StageChartInput } from '../shared/stage-input.ts';

/** 4项指标中，运行跟踪监控平均得分率最高（85.6%），绩效结果运用最低（80.1%）。 */
export function summarizeIndicators(averages: IndicatorAverage[]): string {
  if (averages.length === 0) return '本阶段没有考核指标。';
  const rates = averages.map((a) => ({ name: a.name, rate: percentOf(a.average, a.max) }));
  if (rates.length === 1) return `${rates[0].name}平均得分率${formatPercent(rates[0].rate)}。`;
  const high = Math.max(...rates.map((r) => r.rate));
  const low = Math.min(...rates.map((r) => r.rate));
  if (high === low) return `${rates.length}项指标平均得分率均为${formatPercent(high)}。`;
  const names = (rate: number) => joinNames(rates.filter((r) => r.rate === rate).map((r) => r.name));
  return `${rates.length}项指标中，${names(high)}平均得分率最高（${formatPercent(high)}），${names(low)}最低（${formatPercent(low)}）。`;
}

export function buildIndicatorBreakdown(input: StageChartInput): ChartModel<IndicatorsData> {
  const { stageTitle, results, scoring, unitName } = input;
  const style = stageNumberStyle(results);
  const colors = indicatorColors(scoring.indicators.length);
  const summary = summarizeIndicators(results.indicatorAverages);
  const names = results.rows.map((row) => unitName(row.unit));
  const maxText = (max: number) => formatNumber(max, 0, 2);
  return {
    kind: 'indicators',
    title: `${stageTitle}分项得分`,
    summary,
    data: {
      kind: 'indicators',
      summary,
      max: maxTotal(scoring),
      format: style,
      axisLabel: '得分（分）',
      labels: names,
      series: scoring.indicators.map((indicator, i) => ({
        label: indicator.name,
        color: colors[i],
        values: results.rows.map((row) => row.scores[indicator.id] ?? 0),
      })),
      totals: results.rows.map((row) => formatScore(row.total, style)),
      tooltips: results.rows.map((row, index) => ({
        title: `第${row.rank}名 ${names[index]}`,
        lines: [
          ...scoring.indicators.map((indicator) => `${indicator.name} ${formatScore(row.scores[indicator.id] ?? 0, style)} / ${maxText(indicator.max)}`),
          `总分 ${formatScore(row.total, style)}分 · ${row.grade}`,
        ],
      })),
    },
    table: {
      caption: `${stageTitle}各单位分项得分（分）`,
      columns: [
        { label: '名次', numeric: true },
        { label: '单位' },
        ...scoring.indicators.map((indicator) => ({ label: `${indicator.name}（满分${maxText(indicator.max)}）`, numeric: true })),
        { label: '总分', numeric: true },
      ],
      rowHeader: 1,
      rows: results.rows.map((row, index) => [
        String(row.rank),
        names[index],
        ...scoring.indicators.map((indicator) => formatScore(row.scores[indicator.id] ?? 0, style)),
        formatScore(row.total, style),
      ]),
      footer: [
        '',
        '平均分',
        ...scoring.indicators.map((indicator) => {
          const average = results.indicatorAverages.find((a) => a.id === indicator.id);
          return average ? formatAverage(average.average, style) : '—';
        }),
        formatAverage(results.averageTotal, style),
      ],
    },
    legend: scoring.indicators.map((indicator, i) => ({ label: `${indicator.name}（满分${maxText(indicator.max)}）`, color: colors[i], shape: 'box' })),
    height: barChartHeight(names.length),
  };
}
