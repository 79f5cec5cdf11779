import { describe, expect, it } from 'vitest';
import { averageExact, decimalPlaces, resultPlaces, roundTo, sumExact } from '../../../src/results/decimal.ts';

describe('exact decimal arithmetic for scores', () => {
  it('adds short decimals exactly where binary floats do not', () => {
    expect(sumExact([27.5, 21.4, 19.8, 16.8])).toBe(85.5);
    expect(25 + 18.3 + 22.9 + 19.3).toBe(85.49999999999999); // the float bug this module exists for
    expect(sumExact([25, 18.3, 22.9, 19.3])).toBe(85.5);
    expect(sumExact([24.6, 20.3, 20.4, 16.2])).toBe(81.5); // 81.50000000000001 in floats
    expect(sumExact([0.1, 0.2])).toBe(0.3);
    expect(sumExact([26.5, 21.4, 21.6, 17.0])).toBe(86.5);
    expect(sumExact([22.8, 18.5, 18.4, 14.8])).toBe(74.5);
    expect(sumExact([0.05, 0.05, 0.05])).toBe(0.15);
  });

  it('handles whole numbers, mixed places and empty lists', () => {
    expect(sumExact([30, 25, 25, 20])).toBe(100);
    expect(sumExact([30, 22.5, 22.5, 17.25])).toBe(92.25);
    expect(sumExact([])).toBe(0);
  });

  it('counts decimal places, also in exponent notation', () => {
    expect([decimalPlaces(27), decimalPlaces(27.5), decimalPlaces(0.125), decimalPlaces(1e-7), decimalPlaces(Number.NaN)]).toEqual([0, 1, 3, 7, 0]);
  });

  it('rounds half away from zero at the given places', () => {
    expect(roundTo(83.625, 2)).toBe(83.63);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(79.04545, 2)).toBe(79.05);
  });

  it('averages exactly and rounds to two places', () => {
    expect(averageExact([85.5, 80.5, 79])).toBe(81.67);
    expect(averageExact([0.1, 0.2])).toBe(0.15);
    expect(averageExact([])).toBe(0);
  });

  it('finds the most precise score or total of a stage, and remembers it per results object', () => {
    const results = { rows: [{ total: 85, scores: { a: 30, b: 55 } }, { total: 80.5, scores: { a: 27.25, b: 53.25 } }] };
    expect(resultPlaces(results)).toBe(2);
    results.rows[1].scores.a = 27.125; // results are never mutated in the build: the cached answer stands
    expect(resultPlaces(results)).toBe(2);
    expect(resultPlaces({ rows: [{ total: 90, scores: { a: 90 } }] })).toBe(0);
  });
});
