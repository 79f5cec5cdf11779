import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../../src/check/index.ts';
import { fixture, runCheck } from './helpers.ts';

/** The real `npm run check`: its lines, its JSON and its exit codes (cli.md). */
describe('npm run check', { timeout: 60_000 }, () => {
  it('prints every problem as path:line:column severity[code] message, then a summary, and exits 1 on errors', () => {
    const { status, stdout, stderr } = runCheck('--content', 'test/fixtures/check-references');
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'test/fixtures/check-references/cases/ducha.md:4:7 error[unknown-unit] unknown unit "duch" (did you mean "ducha"?)',
      'test/fixtures/check-references/cases/li-wenjing.md:4:7 error[unknown-unit] unknown unit "秘书三处" (did you mean "秘书一处"?)',
      'test/fixtures/check-references/cases/li-wenjing.md:6:8 error[unknown-stage] unknown stage "2009-zhidou" (did you mean "2009-zhidu"?)',
      'test/fixtures/check-references/reports/all-wrong.md:4:9 error[unknown-series] unknown series "zhengzou" (did you mean "zhengzuo"?)',
      'test/fixtures/check-references/reports/all-wrong.md:5:8 error[unknown-stage] unknown stage "2010-zuofeng"',
      'test/fixtures/check-references/reports/all-wrong.md:9:5 error[unknown-unit] unknown unit "mishu9" (did you mean "mishu1"?)',
      'test/fixtures/check-references/reports/all-wrong.md:10:5 error[unknown-unit] unknown unit "秘书五处" (did you mean "秘书一处"?)',
      'test/fixtures/check-references/reports/all-wrong.md:11:5 error[unknown-unit] unknown unit "信息处"',
      'test/fixtures/check-references/reports/all-wrong.md:12:23 error[unknown-case] unknown case "zhang-haitou" (did you mean "zhang-haitao"?)',
      'test/fixtures/check-references/reports/all-wrong.md:12:37 error[unknown-case] unknown case "wang-minghui"',
      'test/fixtures/check-references/site.yml:5:5 error[unknown-case] unknown case "li-wenjin" (did you mean "li-wenjing"?)',
      '✖ 11 errors in 4 files (9 files checked)',
      '',
    ]);
  });

  it('--format json prints the same problems as one JSON array, with the catalogue hint', () => {
    const dir = 'test/fixtures/check-scores-file';
    const { status, stdout } = runCheck('--content', dir, '--format', 'json');
    expect(status).toBe(1);
    const rows = JSON.parse(stdout) as { file: string; line: number; column: number; severity: 'error' | 'warning'; code: string; message: string; hint: string }[];
    const expected = checkContent(dir).problems;
    expect(rows.map(({ hint: _hint, ...problem }) => problem)).toEqual(expected);
    expect(rows.map((row) => formatProblem(row as never))).toEqual(expected.map(formatProblem));
    expect(rows[1]).toEqual({
      file: 'test/fixtures/check-scores-file/scores/2009-zhidu.csv',
      line: 4,
      column: 7,
      severity: 'error',
      code: 'score-not-number',
      message: 'score "８５" is not a number (full-width digits: write 85); expected a number from 0 to 30 for 目标责任落实',
      hint: 'Write scores with half-width digits and an optional decimal point, e.g. 27.5.',
    });
  });

  it('exits 0 when there are warnings only', () => {
    const { status, stdout } = runCheck('--content', 'test/fixtures/check-remote-images-warning');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toBe('⚠ 2 warnings in 1 file (2 files checked)');
  });

  it('exits 0 on a clean tree and on the sample content', () => {
    expect(runCheck('--content', 'test/fixtures/check-clean')).toEqual({ status: 0, stdout: '✔ no problems in 12 files\n', stderr: '' });
    const sample = runCheck();
    expect(sample.status).toBe(0);
    expect(sample.stdout).toMatch(/^✔ no problems in \d+ files\n$/);
    expect(runCheck('--format', 'json')).toMatchObject({ status: 0, stdout: '[]\n' });
  });

  it('exits 2 on usage errors: an unknown format, an unknown flag, a missing or non-folder content dir', () => {
    expect(runCheck('--format', 'xml')).toEqual({ status: 2, stdout: '', stderr: 'usage error: --format must be text or json, not "xml"\n' });
    const unknownFlag = runCheck('--colour');
    expect(unknownFlag).toMatchObject({ status: 2, stdout: '' });
    expect(unknownFlag.stderr).toMatch(/^usage error: .*colour/);
    expect(runCheck('--content', 'test/fixtures/no-such-tree')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'error: content folder "test/fixtures/no-such-tree" does not exist or is not a folder\n',
    });
    expect(runCheck('--content', 'package.json')).toMatchObject({ status: 2, stdout: '' });
  });
});
