import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { stageDecimals, stageResultsCsv, stageResultsData, stageResultsJson } from '../../../src/downloads/stage-results.ts';
import { current, scoring, unitName } from '../charts/fixture.ts';

const input = { stage: 's2', title: '第二阶段', scoring, results: current, unitName };

describe('stage results download', () => {
  const csv = stageResultsCsv(input);
  const rows = parse(csv, { bom: true }) as string[][];

  it('has the header 名次,单位,<indicators>,总分,等级,备注 and one row per unit in rank order', () => {
    expect(csv.startsWith('\uFEFF名次,单位,目标责任落实,运行跟踪监控,绩效评估评价,绩效结果运用,总分,等级,备注\r\n')).toBe(true);
    expect(rows[0]).toEqual(['名次', '单位', '目标责任落实', '运行跟踪监控', '绩效评估评价', '绩效结果运用', '总分', '等级', '备注']);
    expect(rows).toHaveLength(1 + current.rows.length);
    expect(rows[1]).toEqual(['1', '甲处', '29.0', '24.0', '23.5', '18.5', '95.0', '优秀', '']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '3', '5', '6']);
  });

  it('parses back to the derived numbers', () => {
    rows.slice(1).forEach((row, i) => {
      const result = current.rows[i];
      expect(Number(row[0])).toBe(result.rank);
      expect(row.slice(2, 6).map(Number)).toEqual(scoring.indicators.map((ind) => result.scores[ind.id]));
      expect(Number(row[6])).toBe(result.total);
      expect(row[7]).toBe(result.grade);
    });
  });

  it('neutralises a unit name or note that starts like a formula and keeps notes with commas and line breaks', () => {
    expect(rows[5][1]).toBe("'+戊处");
    expect(rows[5][8]).toBe(`'=HYPERLINK("http://x","点我")`);
    expect(rows[6][8]).toBe('说明,含逗号\n第二行 "引号"');
    expect(csv).toContain('"说明,含逗号\n第二行 ""引号"""\r\n');
  });

  it('uses the decimals of the stage', () => {
    expect(stageDecimals(current)).toBe(1);
  });

  it('JSON carries the stage, its scheme and the derived results', () => {
    const data = JSON.parse(stageResultsJson(input));
    expect(Object.keys(data)).toEqual(['stage', 'title', 'scoring', 'rows', 'indicatorAverages', 'gradeCounts', 'averageTotal']);
    expect(data).toEqual(stageResultsData(input));
    expect(data.stage).toBe('s2');
    expect(data.scoring).toEqual(scoring);
    expect(data.rows[0]).toEqual({ rank: 1, unit: 'u1', name: '甲处', scores: { a: 29, b: 24, c: 23.5, d: 18.5 }, total: 95, grade: '优秀' });
    expect(data.rows[4].note).toBe('=HYPERLINK("http://x","点我")');
    expect(data.indicatorAverages).toEqual(current.indicatorAverages);
    expect(data.gradeCounts).toEqual(current.gradeCounts);
    expect(data.averageTotal).toBe(80.5);
    expect(stageResultsJson(input).endsWith('}\n')).toBe(true);
  });
});
