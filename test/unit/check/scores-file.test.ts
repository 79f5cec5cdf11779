import { describe, expect, it } from 'vitest';
import { fixture, problemLines } from './helpers.ts';

describe('scores/<stage>.csv: every header and cell rule', () => {
  it('check-scores-file: file name, columns, numbers (incl. full-width and empty), range, units, ragged rows', () => {
    expect(problemLines(fixture('check-scores-file'))).toEqual([
      'scores/2009-zhidu.csv:3:8 error[score-not-number] score "abc" is not a number; expected a number from 0 to 30 for 目标责任落实',
      'scores/2009-zhidu.csv:4:7 error[score-not-number] score "８５" is not a number (full-width digits: write 85); expected a number from 0 to 30 for 目标责任落实',
      'scores/2009-zhidu.csv:5:7 error[score-not-number] the score is empty; expected a number from 0 to 30 for 目标责任落实',
      'scores/2009-zhidu.csv:6:1 error[unknown-unit] unknown unit "mishu9" (did you mean "mishu1"?)',
      'scores/2009-zhidu.csv:7:1 error[unknown-unit] unknown unit "秘书五处" (did you mean "秘书一处"?)',
      'scores/2009-zhidu.csv:8:1 error[scores-duplicate-unit] unit "秘书一处" is already scored on line 2',
      'scores/2009-zhidu.csv:9:8 error[score-range] score 31 is above the max of 30 for 目标责任落实',
      'scores/2009-zhidu.csv:9:17 error[score-range] score -1 is below 0, the lowest score for 绩效结果运用',
      'scores/2009-zhidu.csv:10:14 error[csv-ragged-row] row has 4 cells, expected 6 as in the header',
      'scores/2009-zhidu.csv:11:1 error[unknown-unit] the unit cell is empty; expected a unit id or name from units.csv',
      'scores/2009-zhidu.csv:12:20 error[csv-ragged-row] row has 7 cells, expected 6 as in the header',
      'scores/2009-zhidu.csv:15:14 error[score-not-number] score "20.5.1" is not a number; expected a number from 0 to 25 for 绩效评估评价',
      'scores/2010-a.csv:1:1 error[scores-unit-column] the first column is "名称", expected "unit" or "单位"',
      'scores/2010-b.csv:1:1 error[scores-missing-indicator] no column for indicator "运行跟踪监控" (tracking)',
      'scores/2010-b.csv:1:13 error[scores-unknown-column] unknown column "trackng" (did you mean "tracking"?)',
      'scores/2010-b.csv:1:44 error[scores-unknown-column] unknown column "得分" (expected an indicator id or name from scoring.yml, or note/备注)',
      'scores/2010-c.csv:1:11 error[scores-duplicate-column] column "目标责任落实" repeats column 2',
      'scores/2010-d.csv:1:1 error[scores-missing-indicator] no column for indicator "绩效结果运用" (application)',
      'scores/2099-nowhere.csv:1:1 error[scores-unknown-stage] no stage "2099-nowhere" for this scores file: it must be named after a stage in stages/ (expected one of 2009-zhidu, 2010-a, 2010-b, 2010-c, 2010-d)',
    ]);
  });

  it('check-scores-without-scoring: a scores/ folder makes scoring.yml and units.csv required', () => {
    expect(problemLines(fixture('check-scores-without-scoring'))).toEqual([
      'scoring.yml:1:1 error[scores-without-scoring] scoring.yml is missing but there is a scores/ folder: score files need the indicators and grades',
      'units.csv:1:1 error[missing-file] units.csv is missing but there is a scores/ folder: every scored unit must be listed in it',
    ]);
  });
});
