/** Grade distribution of a stage: how many units got each grade (gradeCounts). Pure. */
import type { GradesData } from '../../../client/charts/types.ts';
import type { GradeCount, StageResults } from '../../../results/stage-results.ts';
import { formatPercent, joinNames, percentOf } from '../shared/format.ts';
import { gradeBands, gradeCountText } from '../shared/grades.ts';
import type { ChartModel } from '../shared/model.ts';
import type { StageChartInput } from '../shared/stage-input.ts';

/** 11个单位中优秀4个、良好6个、合格1个，无不合格。 */
export function summarizeGrades(counts: GradeCount[]): string {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return '本阶段没有单位参加考核。';
  const present = gradeCountText(counts);
  const absent = counts.filter((c) => c.count === 0).map((c) => c.grade);
  return `${total}个单位中${present}${absent.length ? `，无${joinNames(absent)}` : ''}。`;
}

export function buildGradeDistribution(input: StageChartInput): ChartModel<GradesData> {
  const { stageTitle, results, scoring, unitName } = input;
  const bands = gradeBands(scoring.grades);
  const counts = results.gradeCounts;
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const bandOf = (grade: string) => bands.find((band) => band.name === grade);
  const unitsOf = (grade: string) => results.rows.filter((row) => row.grade === grade).map((row) => unitName(row.unit));
  const summary = summarizeGrades(counts);
  return {
    kind: 'grades',
    title: `${stageTitle}等级分布`,
    summary,
    data: {
      kind: 'grades',
      summary,
      axisLabel: '单位数（个）',
      labels: counts.map((c) => bandOf(c.grade)?.label ?? c.grade),
      counts: counts.map((c) => c.count),
      colors: counts.map((c) => bandOf(c.grade)?.color ?? '#888888'),
      tooltips: counts.map((c) => ({
        title: bandOf(c.grade)?.label ?? c.grade,
        lines: [`${c.count}个单位，占${formatPercent(percentOf(c.count, total))}`, ...(c.count ? [joinNames(unitsOf(c.grade))] : [])],
      })),
    },
    table: {
      caption: `${stageTitle}等级分布`,
      columns: [{ label: '等级' }, { label: '分数段' }, { label: '单位数', numeric: true }, { label: '占比', numeric: true }, { label: '单位' }],
      rows: counts.map((c) => [c.grade, bandOf(c.grade)?.range ?? '', String(c.count), formatPercent(percentOf(c.count, total)), joinNames(unitsOf(c.grade)) || '—']),
      footer: ['合计', '', String(total), total ? formatPercent(100) : '—', ''],
    },
    legend: [],
    height: '18rem',
  };
}
