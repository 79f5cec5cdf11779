import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveStage } from '../../../src/archive/archive-stage.ts';
import { manifestSchema, sha256OfFile } from '../../../src/archive/manifest.ts';
import { checkContent } from '../../../src/check/index.ts';
import { copyFixture, runScript } from './fixture.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
function fixture(name = 'archive-basic') {
  const copy = copyFixture(name);
  cleanups.push(copy.cleanup);
  return copy;
}
const manifestOf = (content: string, stage = 's1') => manifestSchema.parse(JSON.parse(readFileSync(join(content, 'archive', `${stage}.json`), 'utf8')));

describe('npm run archive', () => {
  it('archives a stage: status archived, manifest with hashes of the final files, check passes', () => {
    const { dir, content } = fixture();
    const before = readFileSync(join(content, 'stages/s1.md'), 'utf8');
    const run = runScript('archive', ['s1', '--content', 'content', '--date', '2011-01-10'], dir);
    expect(run.status).toBe(0);
    expect(run.lines).toEqual(['✔ archived stage "s1" (第一阶段) on 2011-01-10: status set in content/stages/s1.md, checksums and scoring scheme in content/archive/s1.json']);

    // Only the status value changed; the comment after it and everything else stayed.
    const after = readFileSync(join(content, 'stages/s1.md'), 'utf8');
    expect(after).toBe(before.replace('status: active   #', 'status: archived   #'));

    const manifest = manifestOf(content);
    expect(manifest).toMatchObject({ stage: 's1', title: '第一阶段', archivedAt: '2011-01-10', history: [] });
    expect(manifest.files.summary).toEqual({ path: 'stages/s1.md', sha256: sha256OfFile(join(content, 'stages/s1.md')) });
    expect(manifest.files.scores).toEqual({ path: 'scores/s1.csv', sha256: sha256OfFile(join(content, 'scores/s1.csv')) });
    expect(manifest.scoring.grades.map((g) => g.min)).toEqual([90, 80, 60, 0]);
    expect(manifest.results).toEqual([
      { rank: 1, unit: 'a', name: '甲处', total: 91, grade: '优秀' },
      { rank: 2, unit: 'b', name: '乙处', total: 81.5, grade: '良好' },
      { rank: 3, unit: 'c', name: '丙处', total: 65, grade: '合格' },
    ]);
    // Stable key order, pretty, one trailing newline.
    const text = readFileSync(join(content, 'archive/s1.json'), 'utf8');
    expect(Object.keys(JSON.parse(text))).toEqual(['stage', 'title', 'archivedAt', 'files', 'scoring', 'results', 'history']);
    expect(text.endsWith('}\n')).toBe(true);

    const check = runScript('check', ['--content', 'content'], dir);
    expect(check.status).toBe(0);
    expect(check.lines).toEqual(['✔ no problems in 8 files']);
  });

  it('adds a status key, with the file’s own CRLF line ending, when there is none', () => {
    const { content } = fixture();
    const outcome = archiveStage({ content, stage: 's2', date: '2012-01-05' });
    expect(outcome.status).toBe('archived');
    expect(readFileSync(join(content, 'stages/s2.md'), 'utf8')).toBe('---\r\ntitle: 第二阶段\r\norder: 2\r\nstart: 2011-01-01\r\nend: 2011-12-31\r\nstatus: archived\r\n---\r\n\r\n第二阶段总结。\r\n');
    expect(checkContent(content).problems).toEqual([]);
  });

  it('a changed score fails check, naming the file and the stage, at line 1 column 1', () => {
    const { dir, content } = fixture();
    expect(runScript('archive', ['s1', '--content', 'content', '--date', '2011-01-10'], dir).status).toBe(0);
    const scores = join(content, 'scores/s1.csv');
    writeFileSync(scores, readFileSync(scores, 'utf8').replace('b,50,31.5', 'b,50,32.5'));

    const check = runScript('check', ['--content', 'content'], dir);
    expect(check.status).toBe(1);
    expect(check.lines).toEqual([
      'content/scores/s1.csv:1:1 error[archive-changed] content/scores/s1.csv changed after stage "s1" was archived on 2011-01-10; undo the change, or record a deliberate correction with npm run archive -- s1 --amend --reason "…"',
      '✖ 1 error in 1 file (8 files checked)',
    ]);
  });

  it('names --content in the correction command when the tree is not ./content', () => {
    const { dir, content } = fixture();
    archiveStage({ content, stage: 's1', date: '2011-01-10' });
    writeFileSync(join(content, 'stages/s1.md'), `${readFileSync(join(content, 'stages/s1.md'), 'utf8')}\n补记一句。\n`);
    const check = runScript('check', ['--content', './content/'], dir);
    expect(check.lines[0]).toContain('npm run archive -- s1 --amend --reason "…"');
    const nested = runScript('check', ['--content', '.'], content);
    expect(nested.lines[0]).toBe(
      'stages/s1.md:1:1 error[archive-changed] stages/s1.md changed after stage "s1" was archived on 2011-01-10; undo the change, or record a deliberate correction with npm run archive -- s1 --content . --amend --reason "…"',
    );
  });

  it('a deleted or renamed file is archive-missing at the manifest; a deleted stage says so', () => {
    const { content } = fixture();
    archiveStage({ content, stage: 's1', date: '2011-01-10' });
    renameSync(join(content, 'scores/s1.csv'), join(content, 'scores/s1-old.csv.bak'));
    const problems = checkContent(content).problems.filter((p) => p.code.startsWith('archive'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: expect.stringMatching(/archive\/s1\.json$/), line: 7, column: 25, severity: 'error', code: 'archive-missing' });
    expect(problems[0].message).toMatch(/^scores file .*scores\/s1\.csv of archived stage "s1" is missing \(deleted or renamed\)/);

    renameSync(join(content, 'scores/s1-old.csv.bak'), join(content, 'scores/s1.csv'));
    rmSync(join(content, 'stages/s1.md'));
    rmSync(join(content, 'scores/s1.csv'));
    const gone = checkContent(content).problems.filter((p) => p.code.startsWith('archive'));
    expect(gone.map((p) => [p.code, p.line])).toEqual([['archive-missing', 6]]);
    expect(gone[0].message).toMatch(/^archived stage "s1" no longer exists: its summary .*stages\/s1\.md was deleted or renamed; restore it, or delete .*archive\/s1\.json/);
  });

  it('an unreadable or invalid manifest is archive-manifest at the manifest', () => {
    const { content } = fixture();
    archiveStage({ content, stage: 's1', date: '2011-01-10' });
    const path = join(content, 'archive/s1.json');
    const good = readFileSync(path, 'utf8');

    writeFileSync(path, good.replace('"archivedAt": "2011-01-10",', '"archivedAt": "2011-01-10"'));
    let problems = checkContent(content).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'archive-manifest', severity: 'error', line: 5, column: 3 });
    expect(problems[0].message).toMatch(/^archive manifest is not valid JSON/);

    writeFileSync(path, good.replace(/"sha256": "[0-9a-f]+"/, '"sha256": "xyz"'));
    problems = checkContent(content).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'archive-manifest', line: 6 });
    expect(problems[0].message).toContain('"files.summary.sha256"');

    writeFileSync(path, good.replace('"stage": "s1"', '"stage": "s2"'));
    problems = checkContent(content).problems;
    expect(problems.map((p) => [p.code, p.line])).toEqual([['archive-manifest', 2]]);
  });

  it('--amend with a reason records the correction; check passes again', () => {
    const { dir, content } = fixture();
    runScript('archive', ['s1', '--content', 'content', '--date', '2011-01-10'], dir);
    const first = manifestOf(content);
    const scores = join(content, 'scores/s1.csv');
    writeFileSync(scores, readFileSync(scores, 'utf8').replace('b,50,31.5', 'b,50,32.5'));
    expect(runScript('check', ['--content', 'content'], dir).status).toBe(1);

    const amend = runScript('archive', ['s1', '--content', 'content', '--amend', '--reason', '乙处运行跟踪监控得分复核更正', '--date', '2011-02-01'], dir);
    expect(amend.status).toBe(0);
    expect(amend.lines).toEqual(['✔ recorded a correction of stage "s1" (第一阶段) dated 2011-02-01: content/archive/s1.json']);
    expect(runScript('check', ['--content', 'content'], dir).status).toBe(0);

    const manifest = manifestOf(content);
    expect(manifest.archivedAt).toBe('2011-01-10');
    expect(manifest.files.scores.sha256).toBe(sha256OfFile(scores));
    expect(manifest.results?.find((r) => r.unit === 'b')?.total).toBe(82.5);
    expect(manifest.history).toEqual([
      {
        date: '2011-02-01',
        reason: '乙处运行跟踪监控得分复核更正',
        previous: { summary: first.files.summary, scores: first.files.scores, scoring: first.scoring, results: first.results },
      },
    ]);
    // Nothing left to correct: a second amend is refused and changes nothing.
    const again = archiveStage({ content, stage: 's1', amend: true, reason: '再次', date: '2011-02-02' });
    expect(again.status).toBe('refused');
    expect(manifestOf(content).history).toHaveLength(1);
  });

  it('--amend keeps the recorded scheme unless --rescore adopts scoring.yml', () => {
    const { content } = fixture();
    archiveStage({ content, stage: 's1', date: '2011-01-10' });
    const scoring = join(content, 'scoring.yml');
    writeFileSync(scoring, readFileSync(scoring, 'utf8').replace('{ name: 良好, min: 80 }', '{ name: 良好, min: 85 }'));
    expect(archiveStage({ content, stage: 's1', amend: true, reason: '无改动' }).status).toBe('refused');
    const outcome = archiveStage({ content, stage: 's1', amend: true, reason: '按新细则重新评定等次', rescore: true, date: '2011-03-01' });
    expect(outcome.status).toBe('amended');
    const manifest = manifestOf(content);
    expect(manifest.scoring.grades[1]).toEqual({ name: '良好', min: 85 });
    expect(manifest.history[0].previous.scoring.grades[1]).toEqual({ name: '良好', min: 80 });
    expect(manifest.results?.find((r) => r.unit === 'b')?.grade).toBe('合格');
  });

  it('refuses a tree with content errors (exit 1), printing them in check format, and changes nothing', () => {
    const { dir, content } = fixture('archive-errors');
    const before = readFileSync(join(content, 'stages/s1.md'), 'utf8');
    const run = runScript('archive', ['s1', '--content', 'content'], dir);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      'content/scores/s1.csv:4:1 error[unknown-unit] unknown unit "d" (did you mean "a"?)',
      '✖ 1 error in 1 file (7 files checked)',
      'archive refused: fix the error above first; nothing was changed.',
    ]);
    expect(readFileSync(join(content, 'stages/s1.md'), 'utf8')).toBe(before);
    expect(() => readFileSync(join(content, 'archive/s1.json'))).toThrow();
  });

  it('--amend refuses errors other than the stage’s own archive problems', () => {
    const { content } = fixture();
    archiveStage({ content, stage: 's1', date: '2011-01-10' });
    const scores = join(content, 'scores/s1.csv');
    writeFileSync(scores, readFileSync(scores, 'utf8').replace('b,50,31.5', 'b,50,99'));
    const outcome = archiveStage({ content, stage: 's1', amend: true, reason: '更正' });
    expect(outcome.status).toBe('refused');
    expect(outcome.lines.some((l) => l.includes('error[score-range]'))).toBe(true);
    expect(outcome.lines.some((l) => l.includes('error[archive-changed]'))).toBe(false);
  });

  it('usage errors exit 2: --amend without --reason, no stage, a bad date', () => {
    const { dir } = fixture();
    const noReason = runScript('archive', ['s1', '--content', 'content', '--amend'], dir);
    expect(noReason.status).toBe(2);
    expect(noReason.stderr).toContain('--amend needs --reason');
    expect(runScript('archive', ['s1', '--content', 'content', '--amend', '--reason', '  '], dir).status).toBe(2);
    expect(runScript('archive', ['--content', 'content'], dir).status).toBe(2);
    expect(runScript('archive', ['s1', '--content', 'content', '--date', '2011-02-30'], dir).status).toBe(2);
    expect(runScript('archive', ['s1', '--content', 'content', '--bogus'], dir).status).toBe(2);
  });

  it('refuses an unknown stage, a stage without scores, archiving twice and amending a stage never archived', () => {
    const { dir, content } = fixture();
    const unknown = runScript('archive', ['s3', '--content', 'content'], dir);
    expect(unknown.status).toBe(1);
    expect(unknown.lines).toEqual(['error: no stage "s3" in content/stages/ (did you mean "s1"?); nothing was changed.']);
    rmSync(join(content, 'scores/s2.csv'));
    expect(archiveStage({ content, stage: 's2' }).lines[0]).toMatch(/^error: stage "s2" has no scores/);
    expect(archiveStage({ content, stage: 's1', amend: true, reason: 'x' }).lines[0]).toMatch(/^error: stage "s1" has not been archived/);
    expect(archiveStage({ content, stage: 's1', date: '2011-01-10' }).status).toBe('archived');
    const twice = archiveStage({ content, stage: 's1' });
    expect(twice.status).toBe('refused');
    expect(twice.lines[0]).toMatch(/already archived on 2011-01-10; to correct it deliberately run npm run archive -- s1 --amend --reason/);
  });

  it('a stage with status archived but no manifest is exactly one warning, exit 0', () => {
    const { dir } = fixture('archive-unverifiable');
    const check = runScript('check', ['--content', 'content'], dir);
    expect(check.status).toBe(0);
    expect(check.lines).toEqual([
      'content/stages/s1.md:6:9 warning[archive-unverifiable] stage "s1" is archived but has no checksums (archive/s1.json), so later changes to it cannot be detected; record them with npm run archive -- s1',
      '⚠ 1 warning in 1 file (7 files checked)',
    ]);
    // Recording them is what the warning asks for: the stage then verifies.
    expect(runScript('archive', ['s1', '--content', 'content', '--date', '2011-01-10'], dir).status).toBe(0);
    expect(runScript('check', ['--content', 'content'], dir).lines).toEqual(['✔ no problems in 8 files']);
  });
});
