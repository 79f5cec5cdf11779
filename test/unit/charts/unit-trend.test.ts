import { describe, expect, it } from 'vitest';
import { buildUnitTrend, summarizeTrend } from '../../../src/components/charts/UnitTrendChart/data.ts';
import { format, scoring, trendOf } from './fixture.ts';

describe('unit trend chart data', () => {
  const points = trendOf('u1');
  const model = buildUnitTrend({ unitName: '甲处', points, grades: scoring.grades, max: 100, format });

  it('plots campaign.trend totals with each stage average for context', () => {
    expect(model.data.labels).toEqual(['第一阶段', '第二阶段']);
    expect(model.data.unit.values).toEqual(points.map((p) => p.total));
    expect(model.data.unit.values).toEqual([80, 95]);
    expect(model.data.average.values).toEqual(points.map((p) => p.averageTotal));
    expect(model.data.valueLabels).toEqual(['80.0', '95.0']);
  });

  it('starts the axis below the lowest value and keeps only thresholds inside it', () => {
    // lowest value: the first stage average 73.67 → axis from 60
    expect(model.data.min).toBe(60);
    expect(model.data.max).toBe(100);
    expect(model.data.thresholds.map((t) => t.value)).toEqual([90, 80]);
    expect(buildUnitTrend({ unitName: '甲处', points, max: 100 }).data.thresholds).toEqual([]);
  });

  it('tooltips and table carry rank, average and change', () => {
    expect(model.data.tooltips[1]).toEqual({ title: '第二阶段', lines: ['甲处 95.0分 · 优秀', '第1名（共6个单位）', '全体平均分 80.5分', '较上阶段 +15.0分'] });
    expect(model.table.rows).toEqual([
      ['第一阶段', '80.0', '良好', '3/6', '73.67', '—'],
      ['第二阶段', '95.0', '优秀', '1/6', '80.5', '+15.0'],
    ]);
  });

  it('summarises the way from the first to the latest stage', () => {
    expect(model.summary).toBe('甲处参加2个阶段考核，总分由80.0分升至95.0分；第二阶段得95.0分（优秀），高于全体平均分14.5分，列第1名。');
    expect(summarizeTrend('戊处', trendOf('u5'))).toBe('戊处参加了第二阶段考核，得73分（合格），低于全体平均分7.5分，列第5名。');
    expect(summarizeTrend('无名处', [])).toBe('无名处尚未参加考核。');
  });
});
