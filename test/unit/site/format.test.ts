import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  formatChange,
  formatDate,
  formatDateRange,
  formatHighlight,
  formatRankMove,
  formatScore,
  seriesOrdinal,
  splitSiteTitle,
  stageOrdinal,
} from '../../../src/site/format.ts';

describe('chineseNumeral', () => {
  it.each([
    [0, '零'], [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [19, '十九'], [20, '二十'], [21, '二十一'],
    [99, '九十九'], [100, '一百'], [101, '一百零一'], [110, '一百一十'], [1005, '一千零五'], [2011, '二千零一十一'],
  ])('%i → %s', (n, text) => expect(chineseNumeral(n)).toBe(text));
  it('leaves what it cannot write as digits', () => {
    expect(chineseNumeral(1.5)).toBe('1.5');
    expect(chineseNumeral(-1)).toBe('-1');
  });
});

describe('seriesOrdinal / stageOrdinal', () => {
  it('prints the place in a series as 之一, 之二 …', () => {
    expect([1, 2, 3, 10, 12].map(seriesOrdinal)).toEqual(['之一', '之二', '之三', '之十', '之十二']);
  });
  it('prints a stage order as 第N阶段', () => expect(stageOrdinal(3)).toBe('第三阶段'));
});

describe('formatDate', () => {
  it('writes dates the Chinese way without leading zeros', () => {
    expect(formatDate('2011-06-20')).toBe('2011年6月20日');
    expect(formatDate('2010-10-05')).toBe('2010年10月5日');
  });
  it('passes anything else through', () => {
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('2011')).toBe('2011');
  });
  it('formats ranges and open ends', () => {
    expect(formatDateRange('2011-01-01', '2011-12-31')).toBe('2011年1月1日至2011年12月31日');
    expect(formatDateRange('2011-01-01')).toBe('2011年1月1日起');
    expect(formatDateRange(undefined, '2011-12-31')).toBe('至2011年12月31日');
    expect(formatDateRange()).toBe('');
  });
});

describe('scores', () => {
  it('prints one decimal by default', () => {
    expect(formatScore(93.5)).toBe('93.5');
    expect(formatScore(80)).toBe('80.0');
    expect(formatScore(88.136, 2)).toBe('88.14');
    expect(formatScore(undefined)).toBe('—');
  });
  it('signs changes with a true minus', () => {
    expect(formatChange(4.6)).toBe('+4.6');
    expect(formatChange(-1.2)).toBe('−1.2');
    expect(formatChange(0)).toBe('0.0');
    expect(formatChange(-0.01)).toBe('0.0');
    expect(formatChange(undefined)).toBe('—');
  });
  it('describes rank movements for eyes and ears', () => {
    expect(formatRankMove(2)).toEqual({ mark: '↑2', text: '上升2位', dir: 'up' });
    expect(formatRankMove(-6)).toEqual({ mark: '↓6', text: '下降6位', dir: 'down' });
    expect(formatRankMove(0).dir).toBe('same');
    expect(formatRankMove(undefined).dir).toBe('none');
  });
  it('keeps highlight values as written', () => {
    expect(formatHighlight(97.5)).toBe('97.5');
    expect(formatHighlight(160)).toBe('160');
    expect(formatHighlight('一千余')).toBe('一千余');
  });
});

describe('splitSiteTitle', () => {
  it('splits a column name from its description at the dash', () => {
    expect(splitSiteTitle('榜样——争做人民满意公务员先进典型系列报道')).toEqual({ main: '榜样', rest: '争做人民满意公务员先进典型系列报道' });
  });
  it('keeps titles without a short lead-in whole', () => {
    expect(splitSiteTitle('先进典型系列报道')).toEqual({ main: '先进典型系列报道' });
    expect(splitSiteTitle('争做人民满意公务员先进典型——系列报道')).toEqual({ main: '争做人民满意公务员先进典型——系列报道' });
  });
});
