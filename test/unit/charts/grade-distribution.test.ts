import { describe, expect, it } from 'vitest';
import { buildGradeDistribution, summarizeGrades } from '../../../src/components/charts/GradeDistributionChart/data.ts';
import { current, stageInput } from './fixture.ts';

describe('grade distribution chart data', () => {
  const model = buildGradeDistribution(stageInput);

  it('draws the derived grade counts with the grade colours and thresholds', () => {
    expect(model.data.counts).toEqual(current.gradeCounts.map((c) => c.count));
    expect(model.data.counts).toEqual([2, 2, 1, 1]);
    expect(model.data.labels).toEqual(['优秀 ≥90', '良好 ≥80', '合格 ≥60', '不合格 <60']);
    expect(new Set(model.data.colors).size).toBe(4);
    expect(model.data.tooltips[1]).toEqual({ title: '良好 ≥80', lines: ['2个单位，占33.3%', '丙处、丁处'] });
  });

  it('tabulates count, share and units per grade with a total', () => {
    expect(model.table.rows).toEqual([
      ['优秀', '≥90', '2', '33.3%', '甲处、乙处'],
      ['良好', '≥80', '2', '33.3%', '丙处、丁处'],
      ['合格', '≥60', '1', '16.7%', '+戊处'],
      ['不合格', '<60', '1', '16.7%', '己处'],
    ]);
    expect(model.table.footer).toEqual(['合计', '', '6', '100.0%', '']);
  });

  it('summarises the counts and names the grades nobody got', () => {
    expect(model.summary).toBe('6个单位中优秀2个、良好2个、合格1个、不合格1个。');
    expect(summarizeGrades([{ grade: '优秀', min: 90, count: 4 }, { grade: '良好', min: 80, count: 6 }, { grade: '合格', min: 60, count: 1 }, { grade: '不合格', min: 0, count: 0 }])).toBe('11个单位中优秀4个、良好6个、合格1个，无不合格。');
    expect(summarizeGrades([{ grade: '优秀', min: 90, count: 0 }])).toBe('本阶段没有单位参加考核。');
  });
});
