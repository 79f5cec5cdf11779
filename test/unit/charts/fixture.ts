/** A small campaign in plain data: two stages, a tie, every grade, a unit that comes and one that goes. */
import type { Campaign, StageInfo, UnitInfo } from '../../../src/data/campaign.ts';
import type { Scoring } from '../../../src/model/scoring.ts';
import { computeStageResults, type ScoredUnit } from '../../../src/results/stage-results.ts';
import { compareStages, unitTrend } from '../../../src/results/trend.ts';
import { stageNumberStyle } from '../../../src/components/charts/shared/stage-input.ts';

export const scoring: Scoring = {
  indicators: [
    { id: 'a', name: '目标责任落实', max: 30 },
    { id: 'b', name: '运行跟踪监控', max: 25 },
    { id: 'c', name: '绩效评估评价', max: 25 },
    { id: 'd', name: '绩效结果运用', max: 20 },
  ],
  grades: [
    { name: '优秀', min: 90 },
    { name: '良好', min: 80 },
    { name: '合格', min: 60 },
    { name: '不合格', min: 0 },
  ],
};

export const names: Record<string, string> = { u1: '甲处', u2: '乙处', u3: '丙处', u4: '丁处', u5: '+戊处', u6: '己处', u7: '庚处' };
export const unitName = (id: string) => names[id] ?? id;

const row = (unit: string, a: number, b: number, c: number, d: number, note?: string): ScoredUnit => ({ unit, scores: { a, b, c, d }, ...(note ? { note } : {}) });

export const previousRows: ScoredUnit[] = [
  row('u1', 24, 20, 20, 16), // 80
  row('u2', 28, 24, 22, 18), // 92
  row('u3', 26, 21, 22, 16), // 85
  row('u4', 21, 18, 18, 13), // 70
  row('u6', 17, 14, 14, 10), // 55
  row('u7', 18, 15, 15, 12), // 60
];

export const currentRows: ScoredUnit[] = [
  row('u1', 29, 24, 23.5, 18.5), // 95
  row('u2', 28, 23, 22, 18), // 91
  row('u3', 27, 22, 21, 17), // 87
  row('u4', 27, 22, 21, 17), // 87, tied with u3
  row('u5', 22, 19, 18, 14, '=HYPERLINK("http://x","点我")'), // 73
  row('u6', 15, 12, 14, 9, '说明,含逗号\n第二行 "引号"'), // 50
];

export const previous = computeStageResults(scoring, previousRows);
export const current = computeStageResults(scoring, currentRows);
export const movements = compareStages(previous, current);
export const stageRefs = [
  { id: 's1', title: '第一阶段', order: 1, results: previous },
  { id: 's2', title: '第二阶段', order: 2, results: current },
];
export const trendOf = (unit: string) => unitTrend(unit, stageRefs);

export const stageInput = { stageTitle: '第二阶段', results: current, scoring, unitName };
/** One decimal: the second stage has 23.5 and 18.5. */
export const format = stageNumberStyle(previous, current);

/** A Campaign over these stages and units, with the lookups pages use (the rest is left out). */
export function fakeCampaign(stages: StageInfo[], units: UnitInfo[]): Campaign {
  return {
    units,
    unit: (id: string) => units.find((u) => u.id === id),
    stages,
    stage: (id: string) => stages.find((s) => s.id === id),
    trend: trendOf,
  } as unknown as Campaign;
}
