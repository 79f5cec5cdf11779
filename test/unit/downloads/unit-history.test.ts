import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { historyIndicators, unitHistoryCsv, unitHistoryJson, type UnitHistoryInput } from '../../../src/downloads/unit-history.ts';
import { current, previous, scoring, trendOf } from '../charts/fixture.ts';

const entriesOf = (unit: string) =>
  trendOf(unit).map((point) => ({ point, row: (point.stage === 's1' ? previous : current).rows.find((r) => r.unit === unit)!, scoring }));

describe('unit history download', () => {
  const input: UnitHistoryInput = { unit: 'u2', name: '乙处', entries: entriesOf('u2'), decimals: 1 };

  it('lists every stage the unit was assessed in, with rank, average and change', () => {
    const csv = unitHistoryCsv(input);
    expect(csv.startsWith('\uFEFF阶段,目标责任落实,运行跟踪监控,绩效评估评价,绩效结果运用,总分,等级,名次,参评单位数,全体平均分,较上阶段,备注\r\n')).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows.slice(1)).toEqual([
      ['第一阶段', '28.0', '24.0', '22.0', '18.0', '92.0', '优秀', '1', '6', '73.67', '', ''],
      ['第二阶段', '28.0', '23.0', '22.0', '18.0', '91.0', '优秀', '2', '6', '80.50', '-1.0', ''],
    ]);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('JSON parses back to the same numbers as the trend', () => {
    const data = JSON.parse(unitHistoryJson(input));
    expect(data.unit).toBe('u2');
    expect(data.indicators.map((i: { id: string }) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(data.stages.map((s: { total: number }) => s.total)).toEqual(trendOf('u2').map((p) => p.total));
    expect(data.stages[1]).toEqual({ stage: 's2', title: '第二阶段', scores: { a: 28, b: 23, c: 22, d: 18 }, total: 91, grade: '优秀', rank: 2, of: 6, averageTotal: 80.5, change: -1 });
    expect(data.stages[0].change).toBeUndefined();
  });

  it('keeps notes and takes the union of indicators when schemes change', () => {
    const entries = entriesOf('u5');
    const csv = unitHistoryCsv({ unit: 'u5', name: '+戊处', entries });
    expect((parse(csv, { bom: true }) as string[][])[1].at(-1)).toBe(`'=HYPERLINK("http://x","点我")`);
    const renamed = { ...scoring, indicators: [...scoring.indicators, { id: 'e', name: '新增指标', max: 5 }] };
    expect(historyIndicators([...entriesOf('u1').slice(0, 1), { ...entriesOf('u1')[1], scoring: renamed }]).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('without the stage decimals, uses those of the unit\'s own scores', () => {
    const rows = parse(unitHistoryCsv({ ...input, decimals: undefined }), { bom: true }) as string[][];
    expect(rows[2].slice(1, 6)).toEqual(['28', '23', '22', '18', '91']);
    expect(rows[2][10]).toBe('-1');
  });

  it('an empty history is a header-only file', () => {
    expect(unitHistoryCsv({ unit: 'x', name: '无', entries: [] }).split('\r\n')).toHaveLength(2);
  });
});
