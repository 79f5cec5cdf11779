import { describe, expect, it } from 'vitest';
import type { Scoring } from '../../../src/model/scoring.ts';
import { computeStageResults } from '../../../src/results/stage-results.ts';
import { compareStages, unitTrend, type StageRef } from '../../../src/results/trend.ts';

const scoring: Scoring = {
  indicators: [
    { id: 'a', name: '甲', max: 50 },
    { id: 'b', name: '乙', max: 50 },
  ],
  grades: [
    { name: '优秀', min: 90 },
    { name: '合格', min: 60 },
    { name: '不合格', min: 0 },
  ],
};
const results = (rows: [string, number, number][]) => computeStageResults(scoring, rows.map(([unit, a, b]) => ({ unit, scores: { a, b } })));

// Listed out of order on purpose: trends follow `order`, not the list.
const stages: StageRef[] = [
  { id: '2011', title: '质量提升年', order: 3, results: results([['jiedai', 40, 40.7], ['ducha', 46.5, 46.5]]) },
  { id: '2009', title: '制度建设年', order: 1, results: results([['ducha', 44.5, 44.4], ['jiedai', 29.1, 29.4], ['yanjiu', 45, 45]]) },
  { id: '2010', title: '作风建设年', order: 2, results: results([['ducha', 46, 46.5]]) },
  { id: '2012', title: '创新年', order: 4 },
];

describe('trends across stages', () => {
  it('follows stage order, skips stages where the unit was not assessed, and gives the exact change', () => {
    expect(unitTrend('jiedai', stages)).toEqual([
      { stage: '2009', title: '制度建设年', total: 58.5, grade: '不合格', rank: 3, of: 3, averageTotal: 79.13, change: undefined },
      { stage: '2011', title: '质量提升年', total: 80.7, grade: '合格', rank: 2, of: 2, averageTotal: 86.85, change: 22.2 },
    ]);
    expect(unitTrend('ducha', stages).map((p) => [p.stage, p.total, p.rank, p.change])).toEqual([
      ['2009', 88.9, 2, undefined],
      ['2010', 92.5, 1, 3.6],
      ['2011', 93, 1, 0.5],
    ]);
  });

  it('is empty for a unit never assessed', () => {
    expect(unitTrend('nobody', stages)).toEqual([]);
  });

  it('compares two stages for units assessed in both: positive delta means the unit climbed', () => {
    expect(compareStages(stages[1].results!, stages[0].results!)).toEqual([
      { unit: 'ducha', previousRank: 2, rank: 1, delta: 1, previousTotal: 88.9, total: 93 },
      { unit: 'jiedai', previousRank: 3, rank: 2, delta: 1, previousTotal: 58.5, total: 80.7 },
    ]);
  });
});
