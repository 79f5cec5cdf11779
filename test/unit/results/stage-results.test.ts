import { describe, expect, it } from 'vitest';
import type { Scoring } from '../../../src/model/scoring.ts';
import { computeStageResults, gradeOf, rankUnits, totalOf } from '../../../src/results/stage-results.ts';

const scoring: Scoring = {
  indicators: [
    { id: 'target', name: '目标责任落实', max: 30 },
    { id: 'tracking', name: '运行跟踪监控', max: 25 },
    { id: 'evaluation', name: '绩效评估评价', max: 25 },
    { id: 'application', name: '绩效结果运用', max: 20 },
  ],
  grades: [
    { name: '优秀', min: 90 },
    { name: '良好', min: 80 },
    { name: '合格', min: 60 },
    { name: '不合格', min: 0 },
  ],
};
const row = (unit: string, target: number, tracking: number, evaluation: number, application: number) => ({ unit, scores: { target, tracking, evaluation, application } });

describe('stage results: totals, grades, ranks and averages', () => {
  it('totals exactly', () => {
    expect(totalOf({ target: 27.5, tracking: 21.4, evaluation: 19.8, application: 16.8 }, scoring)).toBe(85.5);
    expect(totalOf({ target: 27.5 }, scoring)).toBe(27.5);
  });

  it('grades at the exact boundaries: the min belongs to the grade', () => {
    expect(gradeOf(90, scoring.grades)).toBe('优秀');
    expect(gradeOf(89.9, scoring.grades)).toBe('良好');
    expect(gradeOf(80, scoring.grades)).toBe('良好');
    expect(gradeOf(79.99, scoring.grades)).toBe('合格');
    expect(gradeOf(60, scoring.grades)).toBe('合格');
    expect(gradeOf(59.5, scoring.grades)).toBe('不合格');
    expect(gradeOf(0, scoring.grades)).toBe('不合格');
    expect(gradeOf(100, scoring.grades)).toBe('优秀');
  });

  it('grades a float-prone total that is exactly on a boundary', () => {
    // 25 + 18.3 + 22.9 + 13.8 is 79.99999999999999 in floats; exactly 80, so 良好.
    const { rows } = computeStageResults(scoring, [row('a', 25, 18.3, 22.9, 13.8)]);
    expect(rows[0]).toMatchObject({ total: 80, grade: '良好' });
  });

  it('ranks ties together and skips the next rank (1, 2, 2, 4), keeping file order among ties', () => {
    const { rows } = computeStageResults(scoring, [
      row('c', 20, 20, 20, 15),
      row('a', 28, 23, 22.5, 18),
      row('b', 25, 22, 21.5, 16.5),
      row('d', 24, 23, 22, 16),
      row('e', 10, 10, 10, 10),
    ]);
    expect(rows.map((r) => [r.unit, r.total, r.rank])).toEqual([
      ['a', 91.5, 1],
      ['b', 85, 2],
      ['d', 85, 2],
      ['c', 75, 4],
      ['e', 40, 5],
    ]);
  });

  it('ranks all-tied units 1, 1, 1', () => {
    expect(rankUnits([{ total: 80 }, { total: 80 }, { total: 80 }]).map((r) => r.rank)).toEqual([1, 1, 1]);
  });

  it('averages each indicator and the total over units, exactly, rounded to two places', () => {
    const results = computeStageResults(scoring, [row('a', 26.5, 21.4, 21.6, 17), row('b', 23.5, 19.6, 19.2, 15.7), row('c', 22.8, 18.5, 18.4, 14.8)]);
    expect(results.indicatorAverages).toEqual([
      { id: 'target', name: '目标责任落实', max: 30, average: 24.27 },
      { id: 'tracking', name: '运行跟踪监控', max: 25, average: 19.83 },
      { id: 'evaluation', name: '绩效评估评价', max: 25, average: 19.73 },
      { id: 'application', name: '绩效结果运用', max: 20, average: 15.83 },
    ]);
    expect(results.rows.map((r) => r.total)).toEqual([86.5, 78, 74.5]);
    expect(results.averageTotal).toBe(79.67);
    expect(results.gradeCounts).toEqual([
      { grade: '优秀', min: 90, count: 0 },
      { grade: '良好', min: 80, count: 1 },
      { grade: '合格', min: 60, count: 2 },
      { grade: '不合格', min: 0, count: 0 },
    ]);
  });

  it('gives empty results for a stage without rows', () => {
    const results = computeStageResults(scoring, []);
    expect(results.rows).toEqual([]);
    expect(results.averageTotal).toBe(0);
    expect(results.indicatorAverages.map((a) => a.average)).toEqual([0, 0, 0, 0]);
  });
});
