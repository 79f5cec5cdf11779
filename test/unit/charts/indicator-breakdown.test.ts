import { describe, expect, it } from 'vitest';
import { buildIndicatorBreakdown, summarizeIndicators } from '../../../src/components/charts/IndicatorBreakdownChart/data.ts';
import { sumExact } from '../../../src/results/decimal.ts';
import { current, scoring, stageInput } from './fixture.ts';

describe('indicator breakdown chart data', () => {
  const model = buildIndicatorBreakdown(stageInput);

  it('has one stacked series per indicator whose segments add up to each derived total', () => {
    expect(model.data.series.map((s) => s.label)).toEqual(scoring.indicators.map((i) => i.name));
    current.rows.forEach((row, index) => {
      expect(sumExact(model.data.series.map((s) => s.values[index] ?? 0))).toBe(row.total);
    });
    expect(model.data.totals).toEqual(['95.0', '91.0', '87.0', '87.0', '73.0', '50.0']);
    expect(model.data.labels).toEqual(['甲处', '乙处', '丙处', '丁处', '+戊处', '己处']);
  });

  it('tooltips list every indicator against its max, then the total', () => {
    expect(model.data.tooltips[0]).toEqual({
      title: '第1名 甲处',
      lines: ['目标责任落实 29.0 / 30', '运行跟踪监控 24.0 / 25', '绩效评估评价 23.5 / 25', '绩效结果运用 18.5 / 20', '总分 95.0分 · 优秀'],
    });
  });

  it('tabulates the scores with the indicator averages in the footer', () => {
    expect(model.table.columns.map((c) => c.label)).toEqual(['名次', '单位', '目标责任落实（满分30）', '运行跟踪监控（满分25）', '绩效评估评价（满分25）', '绩效结果运用（满分20）', '总分']);
    expect(model.table.rows[0]).toEqual(['1', '甲处', '29.0', '24.0', '23.5', '18.5', '95.0']);
    expect(current.indicatorAverages.map((a) => a.average)).toEqual([24.67, 20.33, 19.92, 15.58]);
    expect(model.table.footer).toEqual(['', '平均分', '24.67', '20.33', '19.92', '15.58', '80.5']);
  });

  it('summarises the best and worst indicator by average score rate', () => {
    // a 24.67/30 = 82.2%, b 20.33/25 = 81.3%, c 19.92/25 = 79.7%, d 15.58/20 = 77.9%
    expect(model.summary).toBe('4项指标中，目标责任落实平均得分率最高（82.2%），绩效结果运用最低（77.9%）。');
    expect(summarizeIndicators([])).toBe('本阶段没有考核指标。');
    expect(summarizeIndicators([{ id: 'x', name: '甲', max: 10, average: 8 }])).toBe('甲平均得分率80.0%。');
    expect(summarizeIndicators([{ id: 'x', name: '甲', max: 10, average: 8 }, { id: 'y', name: '乙', max: 20, average: 16 }])).toBe('2项指标平均得分率均为80.0%。');
  });
});
