import { describe, expect, it } from 'vitest';
import { formatAverage, formatNumber, formatPercent, formatScore, formatSigned, joinNames, numberStyleOf, percentOf } from '../../../src/components/charts/shared/format.ts';
import { gradeBands, gradeCountText } from '../../../src/components/charts/shared/grades.ts';
import { barChartHeight } from '../../../src/components/charts/shared/model.ts';
import { scoring } from './fixture.ts';

describe('chart number formatting (zh-CN)', () => {
  it('keeps the decimals the data has and shows averages with up to two', () => {
    const style = numberStyleOf([27.5, 17, 93]);
    expect(style).toEqual({ decimals: 1, averageDecimals: 2 });
    expect(formatScore(17, style)).toBe('17.0');
    expect(formatScore(93.5, style)).toBe('93.5');
    expect(formatAverage(88.14, style)).toBe('88.14');
    expect(formatAverage(83.6, style)).toBe('83.6');
    expect(formatAverage(79, style)).toBe('79.0');
    const integers = numberStyleOf([95, 80]);
    expect(formatScore(95, integers)).toBe('95');
    expect(formatAverage(88.14, integers)).toBe('88.14');
    expect(numberStyleOf([1.125]).decimals).toBe(2);
    expect(numberStyleOf([]).decimals).toBe(0);
  });

  it('never groups digits and never prints -0', () => {
    expect(formatNumber(12345.6, 1)).toBe('12345.6');
    expect(formatNumber(-0, 1)).toBe('0.0');
  });

  it('signs changes with a true minus sign and leaves zero unsigned', () => {
    expect(formatSigned(4.6, 1)).toBe('+4.6');
    expect(formatSigned(-1.2, 1)).toBe('−1.2');
    expect(formatSigned(0, 1)).toBe('0.0');
    expect(formatSigned(-0.01, 1)).toBe('0.0');
  });

  it('percentages of a maximum, rounded to 0.1', () => {
    expect(percentOf(27.2, 30)).toBe(90.7);
    expect(percentOf(1, 0)).toBe(0);
    expect(formatPercent(90.7)).toBe('90.7%');
    expect(formatPercent(100)).toBe('100.0%');
  });

  it('joins names with the Chinese enumeration comma', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['甲'])).toBe('甲');
    expect(joinNames(['甲', '乙', '丙'])).toBe('甲、乙、丙');
  });
});

describe('grade bands', () => {
  it('labels each grade with its threshold; the band starting at 0 is "below" the one above', () => {
    expect(gradeBands(scoring.grades).map((b) => b.label)).toEqual(['优秀 ≥90', '良好 ≥80', '合格 ≥60', '不合格 <60']);
    expect(gradeBands([{ name: '达标', min: 72.5 }, { name: '未达标', min: 0 }]).map((b) => b.range)).toEqual(['≥72.5', '<72.5']);
    expect(gradeBands([{ name: '唯一', min: 0 }]).map((b) => b.label)).toEqual(['唯一 ≥0']);
  });

  it('counts text leaves out grades nobody got', () => {
    expect(gradeCountText([{ grade: '优秀', count: 4 }, { grade: '良好', count: 0 }, { grade: '合格', count: 1 }])).toBe('优秀4个、合格1个');
    expect(gradeCountText([{ grade: '优秀', count: 0 }])).toBe('');
  });
});

describe('chart heights', () => {
  it('grow with the number of bars', () => {
    expect(barChartHeight(11)).toBe('27.6rem');
    expect(barChartHeight(0)).toBe(barChartHeight(1));
  });
});

describe('chart JSON in the page', () => {
  it('cannot close its <script> element early and parses back to the same data', async () => {
    const { chartJson } = await import('../../../src/components/charts/shared/model.ts');
    const data = { kind: 'grades', summary: '</script><script>alert(1)</script><!-- \u2028', axisLabel: '', labels: [], counts: [], colors: [], tooltips: [] } as const;
    const text = chartJson(data as never);
    expect(text).not.toMatch(/<\/script|<!--|\u2028/i);
    expect(JSON.parse(text)).toEqual(data);
  });
});
