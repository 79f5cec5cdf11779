import { describe, expect, it } from 'vitest';
import { fixture, problemLines } from './helpers.ts';

describe('Shape of each file: the zod schemas, their messages and positions', () => {
  it('check-clean: a complete, valid tree has no problem at all', () => {
    expect(problemLines(fixture('check-clean'))).toEqual([]);
  });

  it('check-schema: missing keys, unknown keys with did-you-mean, wrong types, bad enums, dates and ids', () => {
    expect(problemLines(fixture('check-schema'))).toEqual([
      'cases/bad.md:2:1 error[missing-key] missing required key "summary"',
      'cases/bad.md:3:7 error[invalid-value] "kind" should be one of individual, collective, not "person"',
      'cases/bad.md:5:8 error[invalid-type] "photo" should be a group of keys, not "./photos/zhang.svg"',
      'cases/bad.md:6:7 error[invalid-date] "date" should be a date written YYYY-MM-DD, not 20110101',
      'cases/bad.md:8:5 error[missing-key] missing required key "label" in item 1 of "highlights"',
      'cases/bad.md:8:7 error[unknown-key] unknown key "lable" in item 1 of "highlights" (did you mean "label"?)',
      'cases/bad.md:9:25 error[invalid-type] "value" in item 2 of "highlights" should be a number or text, not true',
      'reports/bad-date-day.md:3:7 error[invalid-date] "date" is "2011-02-30", which is not a day in the calendar',
      'reports/bad-dates.md:3:7 error[invalid-date] "date" should be a date written YYYY-MM-DD, not "2011/01/18"',
      'reports/bad-enum.md:4:7 error[invalid-value] "type" should be one of overview, feature, interview, news, not "report"',
      'reports/cover.md:4:7 error[invalid-id] "slug" should be an id without spaces, slashes, ?, # or %, not "有 空格"',
      'reports/cover.md:6:3 error[missing-key] missing required key "alt" in "cover"',
      'reports/cover.md:7:3 error[unknown-key] unknown key "title" in "cover" (expected "src", "alt")',
      'reports/empty-title.md:2:8 error[missing-key] "title" must not be empty',
      'reports/missing-title.md:2:1 error[missing-key] missing required key "title"',
      'reports/titel.md:2:1 error[missing-key] missing required key "title"',
      'reports/titel.md:2:1 error[unknown-key] unknown key "titel" (did you mean "title"?)',
      'reports/wrong-types.md:4:8 error[invalid-type] "units" should be a list, not "秘书一处"',
      'reports/wrong-types.md:5:8 error[invalid-type] "cases" should be a list, not 5',
      'reports/wrong-types.md:6:12 error[invalid-type] item 2 of "tags" should be text, not a list',
      'reports/wrong-types.md:7:8 error[invalid-type] "draft" should be true or false, not "yes"',
      'reports/wrong-types.md:8:7 error[invalid-type] "lead" should be text, not 12',
      'series/x.md:2:8 error[missing-key] "title" must not be empty',
      'series/x.md:3:10 error[invalid-date] "started" should be a date written YYYY-MM-DD, not "yesterday"',
      'series/x.md:4:8 error[invalid-type] "draft" should be true or false, not 1',
      'site.yml:1:1 error[missing-key] missing required key "organization"',
      'site.yml:2:1 error[unknown-key] unknown key "organisation" (did you mean "organization"?)',
      'site.yml:3:15 error[invalid-type] "remoteImages" should be true or false, not "no"',
      'site.yml:5:13 error[out-of-range] "interval" in "board" should be at least 3, not 1',
      'site.yml:6:19 error[invalid-value] item 2 of "slides" in "board" should be one of title, cases, ranking, reports, summary, not "rankings" (did you mean "ranking"?)',
      'site.yml:7:9 error[invalid-type] "topN" in "board" should be a whole number, not 2.5',
      'stages/half.md:3:8 error[invalid-type] "order" should be a whole number, not 1.5',
      'stages/one.md:3:8 error[invalid-type] "order" should be a number, not "一"',
      'stages/one.md:4:9 error[invalid-value] "status" should be one of planned, active, archived, not "done"',
      'stages/one.md:5:8 error[invalid-date] "start" is "2009-13-01", which is not a day in the calendar',
    ]);
  });

  it('check-scoring-schema: indicator maxima must be positive numbers and grades a non-empty list', () => {
    expect(problemLines(fixture('check-scoring-schema'))).toEqual([
      'scoring.yml:2:43 error[out-of-range] "max" in item 1 of "indicators" should be greater than 0, not 0',
      'scoring.yml:3:43 error[out-of-range] "max" in item 2 of "indicators" should be greater than 0, not -5',
      'scoring.yml:4:5 error[missing-key] missing required key "max" in item 3 of "indicators"',
      'scoring.yml:5:43 error[invalid-type] "max" in item 4 of "indicators" should be a number, not "二十"',
      'scoring.yml:6:9 error[out-of-range] "grades" should have at least 1 item, not 0',
    ]);
  });

  it('check-missing-site: site.yml is the one required file', () => {
    expect(problemLines(fixture('check-missing-site'))).toEqual([
      'site.yml:1:1 error[missing-file] site.yml is missing: every site needs at least a title and an organization',
    ]);
  });

  it('check-syntax: YAML and CSV syntax errors, missing, empty, unclosed and list front matter, CRLF', () => {
    expect(problemLines(fixture('check-syntax'))).toEqual([
      'reports/crlf.md:7:6 error[missing-image] image "missing.png" does not exist (looked for reports/missing.png)',
      'reports/duplicate-key.md:4:1 error[yaml-syntax] the key "title" is given twice',
      'reports/empty-front-matter.md:1:1 error[missing-key] missing required key "date"',
      'reports/empty-front-matter.md:1:1 error[missing-key] missing required key "title"',
      'reports/empty.md:1:1 error[missing-front-matter] the file does not start with a --- front matter block',
      'reports/list-front-matter.md:2:1 error[invalid-type] the front matter should be key: value lines, not a list',
      'reports/no-front-matter.md:1:1 error[missing-front-matter] the file does not start with a --- front matter block',
      'reports/unclosed.md:1:1 error[yaml-syntax] the front matter opened by this --- line is never closed by another --- line',
      'reports/yaml-error.md:2:8 error[yaml-syntax] a value holding ": " must be put in quotes, e.g. title: "阶段总结: 制度建设年"',
      'scoring.yml:4:1 error[yaml-syntax] Flow sequence in block collection must be sufficiently indented and end with a ]',
      'site.yml:4:13 error[yaml-syntax] Nested mappings are not allowed in compact mappings',
      'stages/tab.md:4:1 error[yaml-syntax] Tabs are not allowed as indentation',
      'units.csv:2:8 error[csv-syntax] a quoted cell starts here but its closing quote is missing',
    ]);
  });
});
