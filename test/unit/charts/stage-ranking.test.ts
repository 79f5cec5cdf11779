import { describe, expect, it } from 'vitest';
import { buildStageRanking, summarizeRanking } from '../../../src/components/charts/StageRankingChart/data.ts';
import { computeStageResults } from '../../../src/results/stage-results.ts';
import { current, scoring, stageInput, unitName } from './fixture.ts';

describe('stage ranking chart data', () => {
  const model = buildStageRanking(stageInput);

  it('takes totals, ranks and grades from the derived results, in rank order', () => {
    expect(model.data.rows.map((r) => [r.unit, r.rank, r.total, r.grade])).toEqual(current.rows.map((r) => [r.unit, r.rank, r.total, r.grade]));
    expect(model.data.rows.map((r) => r.rank)).toEqual([1, 2, 3, 3, 5, 6]);
    expect(model.data.rows.map((r) => r.name)).toEqual(['甲处', '乙处', '丙处', '丁处', '+戊处', '己处']);
    expect(model.data.max).toBe(100);
  });

  it('colours bars by grade and draws every threshold above 0', () => {
    const byGrade = new Map(model.data.rows.map((r) => [r.grade, r.color]));
    expect(new Set(byGrade.values()).size).toBe(4);
    expect(model.data.rows[0].color).toBe(model.legend[0].color);
    expect(model.data.thresholds.map((t) => [t.value, t.label])).toEqual([
      [90, '优秀 ≥90'],
      [80, '良好 ≥80'],
      [60, '合格 ≥60'],
    ]);
    expect(model.legend.map((l) => l.label)).toEqual(['优秀 ≥90', '良好 ≥80', '合格 ≥60', '不合格 <60']);
  });

  it('tooltips carry the exact total and every indicator', () => {
    expect(model.data.rows[0].tooltip).toEqual({
      title: '第1名 甲处',
      lines: ['总分 95.0分 · 优秀', '目标责任落实 29.0 / 30', '运行跟踪监控 24.0 / 25', '绩效评估评价 23.5 / 25', '绩效结果运用 18.5 / 20'],
    });
    expect(model.data.rows.map((r) => r.valueLabel)).toEqual(['95.0', '91.0', '87.0', '87.0', '73.0', '50.0']);
  });

  it('has a table with a caption, the unit as row header and the average in the footer', () => {
    expect(model.table.caption).toBe('第二阶段各单位总分排名');
    expect(model.table.columns.map((c) => c.label)).toEqual(['名次', '单位', '总分', '等级']);
    expect(model.table.rowHeader).toBe(1);
    expect(model.table.rows[2]).toEqual(['3', '丙处', '87.0', '良好']);
    expect(model.table.footer).toEqual(['', '平均分', '80.5', '']);
  });

  it('summarises the leader, the average and the grade counts in one line', () => {
    expect(model.summary).toBe('甲处以95.0分居首，平均分80.5分，优秀2个、良好2个、合格1个、不合格1个。');
    expect(model.data.summary).toBe(model.summary);
  });

  it('says 并列第一 for a tie at the top and handles an empty stage', () => {
    const tied = computeStageResults(scoring, [
      { unit: 'u1', scores: { a: 30, b: 25, c: 25, d: 15 } },
      { unit: 'u2', scores: { a: 30, b: 25, c: 20, d: 20 } },
      { unit: 'u3', scores: { a: 20, b: 20, c: 20, d: 20 } },
    ]);
    expect(summarizeRanking(tied, unitName)).toBe('甲处、乙处以95分并列第一，平均分90分，优秀2个、良好1个。');
    expect(summarizeRanking(computeStageResults(scoring, []), unitName)).toBe('本阶段没有单位参加考核。');
  });
});
