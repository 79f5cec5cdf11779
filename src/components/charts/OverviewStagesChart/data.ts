/**
 * Campaign overview: per stage with results, the grade counts (stacked bars) and the average total
 * (line on its own axis). Pure.
 */
import type { OverviewData } from '../../../client/charts/types.ts';
import type { Grade } from '../../../model/scoring.ts';
import type { StageResults } from '../../../results/stage-results.ts';
import { formatAverage } from '../shared/format.ts';
import { stageNumberStyle } from '../shared/stage-input.ts';
import { gradeBands, gradeCountText } from '../shared/grades.ts';
import type { ChartModel } from '../shared/model.ts';
import { inkColor } from '../shared/palette.ts';

export interface OverviewStage {
  id: string;
  title: string;
  results: StageResults;
  grades: Grade[];
  /** The highest total the stage's scheme allows (normally 100). */
  max: number;
}

/** Every grade name used by any stage, in scheme order (the latest stage's scheme first). */
function gradeUnion(stages: OverviewStage[]): Grade[] {
  const seen = new Map<string, Grade>();
  for (const stage of [...stages].reverse()) for (const grade of stage.grades) if (!seen.has(grade.name)) seen.set(grade.name, grade);
  return [...seen.values()].sort((a, b) => b.min - a.min);
}

const countOf = (stage: OverviewStage, grade: string) => stage.results.gradeCounts.find((c) => c.grade === grade)?.count ?? 0;

/** 3个阶段平均分由79.0分升至86.9分，优秀单位由1个增至4个；质量提升年优秀4个、良好6个、合格1个。 */
export function summarizeOverview(stages: OverviewStage[]): string {
  if (stages.length === 0) return '还没有考核结果。';
  const style = stageNumberStyle(...stages.map((s) => s.results));
  const first = stages[0];
  const last = stages[stages.length - 1];
  const latest = `${last.title}${last.results.rows.length}个单位${gradeCountText(last.results.gradeCounts) ? `中${gradeCountText(last.results.gradeCounts)}` : ''}`;
  if (stages.length === 1) return `${latest}，平均分${formatAverage(last.results.averageTotal, style)}分。`;
  const a = first.results.averageTotal;
  const b = last.results.averageTotal;
  const averageText = a === b ? `平均分均为${formatAverage(a, style)}分` : `平均分由${formatAverage(a, style)}分${b > a ? '升至' : '降至'}${formatAverage(b, style)}分`;
  const best = gradeUnion(stages)[0]?.name;
  let bestText = '';
  if (best) {
    const x = countOf(first, best);
    const y = countOf(last, best);
    bestText = x === y ? `，${best}单位均为${y}个` : `，${best}单位由${x}个${y > x ? '增至' : '减至'}${y}个`;
  }
  return `${stages.length}个阶段${averageText}${bestText}；${latest}。`;
}

export function buildOverview(stages: OverviewStage[]): ChartModel<OverviewData> {
  const grades = gradeUnion(stages);
  const bands = gradeBands(grades);
  const style = stageNumberStyle(...stages.map((s) => s.results));
  const averages = stages.map((s) => s.results.averageTotal);
  const lowest = averages.length ? Math.min(...averages) : 0;
  const summary = summarizeOverview(stages);
  return {
    kind: 'overview',
    title: '各阶段考核概况',
    summary,
    data: {
      kind: 'overview',
      summary,
      format: style,
      labels: stages.map((s) => s.title),
      countAxisLabel: '单位数（个）',
      averageAxisLabel: '平均分（分）',
      grades: bands.map((band) => ({ label: band.label, color: band.color, values: stages.map((s) => countOf(s, band.name)) })),
      average: { label: '平均分', color: inkColor, values: averages },
      averageLabels: averages.map((a) => formatAverage(a, style)),
      averageMin: Math.max(0, Math.floor((lowest - 15) / 10) * 10),
      averageMax: Math.max(0, ...stages.map((s) => s.max)) || 100,
      tooltips: stages.map((s) => ({
        title: s.title,
        lines: [
          `平均分 ${formatAverage(s.results.averageTotal, style)}分（${s.results.rows.length}个单位）`,
          ...bands.map((band) => `${band.name} ${countOf(s, band.name)}个`),
        ],
      })),
    },
    table: {
      caption: '各阶段考核概况',
      columns: [{ label: '阶段' }, { label: '参评单位', numeric: true }, { label: '平均分', numeric: true }, ...bands.map((band) => ({ label: `${band.name}（${band.range}）`, numeric: true }))],
      rows: stages.map((s) => [s.title, String(s.results.rows.length), formatAverage(s.results.averageTotal, style), ...bands.map((band) => String(countOf(s, band.name)))]),
    },
    legend: [...bands.map((band) => ({ label: band.label, color: band.color, shape: 'box' as const })), { label: '平均分（右轴）', color: inkColor, shape: 'line' }],
    height: '21rem',
  };
}
