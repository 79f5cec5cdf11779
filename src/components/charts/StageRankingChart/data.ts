/**
 * Ranking of a stage: every unit's total as a horizontal bar in rank order, coloured by grade, with
 * the grade thresholds as reference lines. Pure: built from the derived results, never recomputed.
 */
import type { RankingData } from '../../../client/charts/types.ts';
import type { StageResults } from '../../../results/stage-results.ts';
import { formatAverage, formatNumber, formatScore, joinNames } from '../shared/format.ts';
import { gradeBands, gradeCountText } from '../shared/grades.ts';
import { barChartHeight, type ChartModel } from '../shared/model.ts';
import { inkColor } from '../shared/palette.ts';
import { maxTotal, stageNumberStyle, type StageChartInput } from '../shared/stage-input.ts';

/** 督查室以95.0分居首，平均分88.14分，优秀4个、良好6个、合格1个。 */
export function summarizeRanking(results: StageResults, unitName: (id: string) => string, style = stageNumberStyle(results)): string {
  const { rows } = results;
  if (rows.length === 0) return '本阶段没有单位参加考核。';
  const leaders = rows.filter((row) => row.rank === 1);
  const lead = `${joinNames(leaders.map((row) => unitName(row.unit)))}以${formatScore(leaders[0].total, style)}分${leaders.length > 1 ? '并列第一' : '居首'}`;
  const counts = gradeCountText(results.gradeCounts);
  return `${lead}，平均分${formatAverage(results.averageTotal, style)}分${counts ? `，${counts}` : ''}。`;
}

export function buildStageRanking(input: StageChartInput): ChartModel<RankingData> {
  const { stageTitle, results, scoring, unitName } = input;
  const style = stageNumberStyle(results);
  const bands = gradeBands(scoring.grades);
  const colorOf = new Map(bands.map((band) => [band.name, band.color]));
  const summary = summarizeRanking(results, unitName, style);
  const rows = results.rows.map((row) => {
    const name = unitName(row.unit);
    return {
      unit: row.unit,
      name,
      rank: row.rank,
      total: row.total,
      grade: row.grade,
      color: colorOf.get(row.grade) ?? inkColor,
      valueLabel: formatScore(row.total, style),
      tooltip: {
        title: `第${row.rank}名 ${name}`,
        lines: [
          `总分 ${formatScore(row.total, style)}分 · ${row.grade}`,
          ...scoring.indicators.map((indicator) => `${indicator.name} ${formatScore(row.scores[indicator.id] ?? 0, style)} / ${formatNumber(indicator.max, 0, 2)}`),
        ],
      },
    };
  });
  return {
    kind: 'ranking',
    title: `${stageTitle}总分排名`,
    summary,
    data: {
      kind: 'ranking',
      summary,
      max: maxTotal(scoring),
      format: style,
      axisLabel: '总分（分）',
      thresholds: bands.filter((band) => band.min > 0).map((band) => ({ value: band.min, label: `${band.name} ≥${formatNumber(band.min, 0, 2)}`, color: inkColor })),
      rows,
    },
    table: {
      caption: `${stageTitle}各单位总分排名`,
      columns: [{ label: '名次', numeric: true }, { label: '单位' }, { label: '总分', numeric: true }, { label: '等级' }],
      rowHeader: 1,
      rows: rows.map((row) => [String(row.rank), row.name, row.valueLabel, row.grade]),
      footer: ['', '平均分', formatAverage(results.averageTotal, style), ''],
    },
    legend: bands.map((band) => ({ label: band.label, color: band.color, shape: 'box' })),
    height: barChartHeight(rows.length),
  };
}
