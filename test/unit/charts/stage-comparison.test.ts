import { describe, expect, it } from 'vitest';
import { buildStageComparison, orderMovements, summarizeComparison } from '../../../src/components/charts/StageComparisonChart/data.ts';
import { format, movements, unitName } from './fixture.ts';

describe('stage comparison chart data', () => {
  const model = buildStageComparison({ stageTitle: '第二阶段', previousTitle: '第一阶段', movements, unitName, format });

  it('uses stage.movements: units in both stages, biggest climbers first', () => {
    // previous ranks: u2 1, u3 2, u1 3, u4 4, u7 5, u6 6; current: u1 1, u2 2, u3 3, u4 3, u6 6.
    expect(model.data.labels).toEqual(['甲处', '丁处', '己处', '乙处', '丙处']);
    expect(model.data.deltas).toEqual([2, 1, 0, -1, -1]);
    expect(model.data.valueLabels).toEqual(['↑2', '↑1', '持平', '↓1', '↓1']);
    expect(model.data.min).toBe(-2);
    expect(model.data.max).toBe(3);
    expect(orderMovements(movements).map((m) => m.unit)).toEqual(['u1', 'u4', 'u6', 'u2', 'u3']);
  });

  it('colours rises and falls apart and explains both in tooltips', () => {
    const [up, , same, down] = model.data.colors;
    expect(new Set([up, same, down]).size).toBe(3);
    expect(model.data.tooltips[0]).toEqual({ title: '甲处', lines: ['名次 第3名 → 第1名（上升2位）', '总分 80.0 → 95.0分（+15.0）'] });
    expect(model.data.tooltips[3].lines[1]).toBe('总分 92.0 → 91.0分（−1.0）');
  });

  it('tabulates both ranks and totals with the changes', () => {
    expect(model.table.columns.map((c) => c.label)).toEqual(['单位', '第一阶段名次', '第二阶段名次', '名次变化', '第一阶段总分', '第二阶段总分', '总分变化']);
    expect(model.table.rows[0]).toEqual(['甲处', '3', '1', '上升2位', '80.0', '95.0', '+15.0']);
    expect(model.table.rows[2]).toEqual(['己处', '6', '6', '名次不变', '55.0', '50.0', '−5.0']);
    expect(model.table.rows[4]).toEqual(['丙处', '2', '3', '下降1位', '85.0', '87.0', '+2.0']);
    expect(buildStageComparison({ stageTitle: '第二阶段', previousTitle: '第一阶段', movements, unitName }).table.rows[0][4]).toBe('80');
  });

  it('summarises who rose and who fell most', () => {
    expect(model.summary).toBe('与第一阶段相比，2个单位名次上升、2个下降、1个不变；甲处上升最多（2位），乙处、丙处下降最多（1位）。');
    expect(summarizeComparison([], '第一阶段', unitName)).toBe('没有单位同时参加本阶段和第一阶段的考核。');
    const steady = [{ unit: 'u1', previousRank: 1, rank: 1, delta: 0, previousTotal: 90, total: 91 }];
    expect(summarizeComparison(steady, '第一阶段', unitName)).toBe('与第一阶段相比，1个单位名次均未变化。');
  });
});
