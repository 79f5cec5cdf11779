import { describe, expect, it } from 'vitest';
import { buildOverview, summarizeOverview, type OverviewStage } from '../../../src/components/charts/OverviewStagesChart/data.ts';
import { current, previous, scoring } from './fixture.ts';

const stages: OverviewStage[] = [
  { id: 's1', title: '第一阶段', results: previous, grades: scoring.grades, max: 100 },
  { id: 's2', title: '第二阶段', results: current, grades: scoring.grades, max: 100 },
];

describe('overview chart data', () => {
  const model = buildOverview(stages);

  it('stacks the derived grade counts per stage and lines up the averages', () => {
    expect(model.data.labels).toEqual(['第一阶段', '第二阶段']);
    expect(model.data.grades.map((g) => g.values)).toEqual([
      [1, 0],
      [2, 0],
      [1, 2],
      [2, 2],
    ].map((_, i) => stages.map((s) => s.results.gradeCounts[i].count)));
    expect(model.data.average.values).toEqual([previous.averageTotal, current.averageTotal]);
    expect(model.data.averageLabels).toEqual(['73.67', '80.5']);
    expect(model.data.averageMin).toBe(50);
    expect(model.data.averageMax).toBe(100);
  });

  it('tabulates units, average and each grade per stage', () => {
    expect(model.table.columns.map((c) => c.label)).toEqual(['阶段', '参评单位', '平均分', '优秀（≥90）', '良好（≥80）', '合格（≥60）', '不合格（<60）']);
    expect(model.table.rows).toEqual([
      ['第一阶段', '6', '73.67', '1', '2', '2', '1'],
      ['第二阶段', '6', '80.5', '2', '2', '1', '1'],
    ]);
  });

  it('summarises the change of the average and of the best grade', () => {
    expect(model.summary).toBe('2个阶段平均分由73.67分升至80.5分，优秀单位由1个增至2个；第二阶段6个单位中优秀2个、良好2个、合格1个、不合格1个。');
    expect(summarizeOverview([stages[1]])).toBe('第二阶段6个单位中优秀2个、良好2个、合格1个、不合格1个，平均分80.5分。');
    expect(summarizeOverview([])).toBe('还没有考核结果。');
  });
});
