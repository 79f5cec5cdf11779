import { describe, expect, it } from 'vitest';
import { fixture, problemLines } from './helpers.ts';

describe('Rules across files: references, duplicates, the unit tree, the scoring scheme', () => {
  it('check-references: every series, stage, unit (by id and by name), case and featured case must exist', () => {
    expect(problemLines(fixture('check-references'))).toEqual([
      'cases/ducha.md:4:7 error[unknown-unit] unknown unit "duch" (did you mean "ducha"?)',
      'cases/li-wenjing.md:4:7 error[unknown-unit] unknown unit "秘书三处" (did you mean "秘书一处"?)',
      'cases/li-wenjing.md:6:8 error[unknown-stage] unknown stage "2009-zhidou" (did you mean "2009-zhidu"?)',
      'reports/all-wrong.md:4:9 error[unknown-series] unknown series "zhengzou" (did you mean "zhengzuo"?)',
      'reports/all-wrong.md:5:8 error[unknown-stage] unknown stage "2010-zuofeng"',
      'reports/all-wrong.md:9:5 error[unknown-unit] unknown unit "mishu9" (did you mean "mishu1"?)',
      'reports/all-wrong.md:10:5 error[unknown-unit] unknown unit "秘书五处" (did you mean "秘书一处"?)',
      'reports/all-wrong.md:11:5 error[unknown-unit] unknown unit "信息处"',
      'reports/all-wrong.md:12:23 error[unknown-case] unknown case "zhang-haitou" (did you mean "zhang-haitao"?)',
      'reports/all-wrong.md:12:37 error[unknown-case] unknown case "wang-minghui"',
      'site.yml:5:5 error[unknown-case] unknown case "li-wenjin" (did you mean "li-wenjing"?)',
    ]);
  });

  it('check-duplicates: ids per collection incl. slug and letter-case collisions, unit ids and names, stage order, indicators', () => {
    expect(problemLines(fixture('check-duplicates'))).toEqual([
      'cases/individual/zhang.md:1:1 error[duplicate-id] case id "zhang" is already used by cases/collective/zhang.md',
      'reports/2011/tongbao.md:1:1 error[duplicate-id] report id "tongbao" is already used by reports/2010/tongbao.md',
      'reports/TongBao.md:1:1 error[duplicate-id] report id "TongBao" differs only in letter case from "tongbao" of reports/2010/tongbao.md; their pages would collide',
      'reports/zongshu.md:4:7 error[duplicate-id] report id "tongbao" is already used by reports/2010/tongbao.md',
      'scoring.yml:4:11 error[duplicate-id] indicator id "target" is already used by indicator 1',
      'scoring.yml:5:30 error[duplicate-name] indicator name "运行跟踪监控" is already used by indicator 2',
      'series/other.md:3:7 error[duplicate-id] series id "zhengzuo" is already used by series/zhengzuo.md',
      'stages/s2.md:3:8 error[duplicate-order] order 1 is already used by stages/s1.md',
      'units.csv:4:1 error[duplicate-id] unit id "mishu1" is already used on line 3',
      'units.csv:5:8 error[duplicate-name] unit name "秘书一处" is already used on line 3',
    ]);
  });

  it('check-units: parents exist, no cycles, rows as wide as the header, valid ids and names', () => {
    expect(problemLines(fixture('check-units'))).toEqual([
      'units.csv:4:13 error[unknown-parent] unknown parent unit "bgtt" (did you mean "bgt"?)',
      'units.csv:5:6 error[unit-cycle] units form a cycle: a → b → a',
      'units.csv:7:6 error[unit-cycle] units form a cycle: c → c',
      'units.csv:9:6 error[csv-ragged-row] row has 3 cells, expected 4 as in the header',
      'units.csv:10:13 error[csv-ragged-row] row has 5 cells, expected 4 as in the header',
      'units.csv:11:1 error[invalid-id] "id" should be an id without spaces, slashes, ?, # or %, not "g h"',
      'units.csv:12:3 error[missing-key] "name" must not be empty',
    ]);
  });

  it('check-units-header: units.csv columns are id, name, parent, kind, each once', () => {
    expect(problemLines(fixture('check-units-header'))).toEqual([
      'units.csv:1:1 error[missing-key] missing required column "name"',
      'units.csv:1:4 error[unknown-key] unknown column "名称" (expected id, name, parent, kind)',
      'units.csv:1:7 error[unknown-key] unknown column "parnet" (did you mean "parent"?)',
      'units.csv:1:14 error[duplicate-column] column "id" repeats column 1',
    ]);
  });

  it('check-units-trailing-column: an empty header-less column, as Excel leaves behind, is ignored', () => {
    expect(problemLines(fixture('check-units-trailing-column'))).toEqual([]);
  });

  it('check-scoring: maxima adding up to other than 100 is a warning; grades strictly descending down to 0', () => {
    expect(problemLines(fixture('check-scoring'))).toEqual([
      'scoring.yml:2:1 warning[indicator-sum] the indicator maxima add up to 95, not 100',
      'scoring.yml:9:22 error[grade-order] grade "良好" has min 90; it should be below 90, the min of "优秀" before it',
      'scoring.yml:10:22 error[grade-order] grade "合格" has min 95; it should be below 90, the min of "良好" before it',
      'scoring.yml:12:23 error[grade-floor] the last grade "不合格" has min 10; it must be 0 so every total gets a grade',
    ]);
  });

  it('check-stages: a stage may not end before it starts; one day, or no end, is fine', () => {
    expect(problemLines(fixture('check-stages'))).toEqual([
      'stages/2009-zhidu.md:5:6 error[stage-dates] end 2009-01-01 is before start 2009-12-31',
    ]);
  });
});
