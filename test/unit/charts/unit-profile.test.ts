import { describe, expect, it } from 'vitest';
import { buildUnitProfile, summarizeProfile } from '../../../src/components/charts/UnitProfileChart/data.ts';
import { current } from './fixture.ts';

const rowOf = (unit: string) => current.rows.find((r) => r.unit === unit)!;

describe('unit profile chart data', () => {
  const model = buildUnitProfile({ unitName: '甲处', stageTitle: '第二阶段', row: rowOf('u1'), averages: current.indicatorAverages });

  it('shows each indicator as % of its max beside the stage average', () => {
    expect(model.data.labels).toEqual(['目标责任落实', '运行跟踪监控', '绩效评估评价', '绩效结果运用']);
    expect(model.data.unit.values).toEqual([96.7, 96, 94, 92.5]);
    expect(model.data.average.values).toEqual(current.indicatorAverages.map((a) => Math.round((a.average / a.max) * 1000) / 10));
    expect(model.data.tooltips[0]).toEqual({ title: '目标责任落实（满分30）', lines: ['甲处 29.0分，96.7%', `全体平均 ${current.indicatorAverages[0].average}分，82.2%`] });
  });

  it('tabulates score, rate, average and average rate per indicator', () => {
    expect(model.table.columns.map((c) => c.label)).toEqual(['指标', '满分', '得分', '得分率', '全体平均分', '平均得分率']);
    expect(model.table.rows[2]).toEqual(['绩效评估评价', '25', '23.5', '94.0%', '19.92', '79.7%']);
  });

  it('summarises the strongest and weakest indicator and the comparison with the average', () => {
    expect(model.summary).toBe('第二阶段甲处得分率最高的是目标责任落实（96.7%），最低的是绩效结果运用（92.5%）；4项指标均高于全体平均。');
    expect(summarizeProfile({ unitName: '己处', stageTitle: '第二阶段', row: rowOf('u6'), averages: current.indicatorAverages })).toBe(
      '第二阶段己处得分率最高的是绩效评估评价（56.0%），最低的是绩效结果运用（45.0%）；4项指标均低于全体平均。',
    );
    const averages = ['甲', '乙', '丙'].map((name, i) => ({ id: `i${i}`, name, max: 10, average: 5 }));
    const mixed = { unit: 'x', scores: { i0: 6, i1: 4, i2: 5 }, total: 15, grade: '合格', rank: 1 };
    expect(summarizeProfile({ unitName: '某处', stageTitle: '第一阶段', row: mixed, averages })).toBe(
      '第一阶段某处得分率最高的是甲（60.0%），最低的是乙（40.0%）；3项指标中1项高于全体平均、1项低于全体平均。',
    );
    const lower = { ...mixed, scores: { i0: 5, i1: 4, i2: 3 } };
    expect(summarizeProfile({ unitName: '某处', stageTitle: '第一阶段', row: lower, averages })).toMatch(/；3项指标中2项低于全体平均。$/);
    const flat = { ...mixed, scores: { i0: 5, i1: 5, i2: 5 } };
    expect(summarizeProfile({ unitName: '某处', stageTitle: '第一阶段', row: flat, averages })).toBe('第一阶段某处各项指标得分率均为50.0%；3项指标均与全体平均持平。');
  });
});
