import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/check/catalogue.ts';
import { checkContent, type Problem } from '../../../src/check/index.ts';
import { fixture, problemLines, removeTree, runCheck, scoringYml, siteYml, writeTree } from './helpers.ts';

/** A small deterministic PRNG (mulberry32), so a failing mutation can be replayed from its seed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function junk(next: () => number, length: number, withNul = true): Uint8Array {
  return Uint8Array.from({ length }, () => (withNul ? Math.floor(next() * 256) : 0x80 + Math.floor(next() * 128)));
}

/** Every problem is a well-formed line: a catalogued code, a place at or after 1:1, a message. */
function expectWellFormed(problems: Problem[]) {
  for (const problem of problems) {
    expect(Object.keys(catalogue)).toContain(problem.code);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message).not.toBe('');
  }
}

const trees: string[] = [];
afterAll(() => trees.forEach(removeTree));

describe('garbage in, problem lines out: no input makes check throw', { timeout: 120_000 }, () => {
  it('reports junk files, wrong shapes, empty files and folders named like files as problems', () => {
    const next = random(7);
    const dir = writeTree({
      'site.yml': '- title\n- organization\n',
      'scoring.yml': '42\n',
      'units.csv': '',
      'stages/2009.md': '---\ntitle: 阶段\norder: 1\n---\n',
      'scores/2009.csv': 'unit,target,tracking,evaluation,application\n',
      'scores/2010.csv': '',
      'scores/unclosed.csv': '"unit,target\n',
      'reports/binary.md': junk(next, 512),
      'reports/high-bytes.md': junk(next, 512, false),
      'reports/list.md': '---\n- a\n- b\n---\n',
      'reports/scalar.md': '---\njust text\n---\n',
      'reports/bom-only.md': new Uint8Array([0xef, 0xbb, 0xbf]),
      'reports/alias.md': '---\ntitle: &a 标题\ndate: *b\n---\n',
      'reports/odd-keys.md': '---\n__proto__: x\n1: 数字键\n? [a, b]\n: 复杂键\ntitle: !!binary aGVsbG8=\ndate: 2011-01-18T10:00:00\n---\n',
      'reports/links.md': '---\ntitle: 链接\ndate: 2011-01-18\n---\n[坏编码](%E0%A4%A) [只有查询](?q=1) [空]() ![](<>) <img src="">\n',
      'reports/long-line.md': `---\ntitle: 长行\ndate: 2011-01-18\n---\n${'长'.repeat(200_000)}\n`,
      'reports/folder.md/inner.md': '---\ntitle: 文件夹里的报道\ndate: 2011-01-18\n---\n',
      'cases/empty.md': '',
      'series/empty-block.md': '---\n---\n',
      'archive/2009.json': junk(next, 64),
    });
    trees.push(dir);
    mkdirSync(join(dir, 'stages/folder.md'));
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'reports/dangling.md'));

    const { problems } = checkContent(dir);
    expectWellFormed(problems);
    // The archive manifest is the archive rules' business; only that they do not throw matters here.
    const lines = problemLines(dir).filter((line) => !line.startsWith('archive/'));
    expect(lines).toEqual(GARBAGE_LINES);
  });

  it('never throws on 150 random mutations of a valid tree', () => {
    const clean = fixture('check-clean');
    const files = ['site.yml', 'scoring.yml', 'units.csv', 'scores/2009-zhidu.csv', 'scores/2010-zuofeng.csv', 'reports/zongshu.md', 'cases/zhang-haitao.md', 'stages/2009-zhidu.md'];
    const dir = writeTree({});
    trees.push(dir);
    cpSync(clean, dir, { recursive: true });
    for (let seed = 1; seed <= 150; seed++) {
      const next = random(seed);
      const file = files[Math.floor(next() * files.length)];
      const bytes = readFileSync(join(clean, file));
      const at = Math.floor(next() * bytes.length);
      const cut = Math.floor(next() * 12);
      const insert = next() < 0.5 ? junk(next, Math.floor(next() * 6)) : Buffer.from(['"', ':', '\n', '-', ',', '[', '{', '\t', '---\n', '８'][Math.floor(next() * 10)]);
      writeFileSync(join(dir, file), Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(at + cut)]));
      let problems: Problem[] = [];
      expect(() => ({ problems } = checkContent(dir)), `seed ${seed} (${file})`).not.toThrow();
      expectWellFormed(problems);
      writeFileSync(join(dir, file), bytes);
    }
    expect(checkContent(dir).problems).toEqual([]);
  });

  it('reports a folder named like a required file', () => {
    const dir = writeTree({ 'site.yml/README': 'not a file', 'units.csv/x': '' });
    trees.push(dir);
    expect(problemLines(dir)).toEqual([
      'site.yml:1:1 error[unreadable-file] the file cannot be read: it is a folder, not a file',
      'units.csv:1:1 error[unreadable-file] the file cannot be read: it is a folder, not a file',
    ]);
  });

  it('the command prints only problem lines and a summary for a garbage tree, never a stack trace', () => {
    const dir = writeTree({
      'site.yml': new Uint8Array([0xff, 0xfe, 0x00, 0x41]),
      'scoring.yml': scoringYml.replace('max: 30', 'max: [30'),
      'units.csv': '\n\n\n',
      'scores/x.csv': 'unit\n',
      'reports/a.md': '---\n: : :\n---\n',
      'reports/b.md': siteYml,
    });
    trees.push(dir);
    const { status, stdout, stderr } = runCheck('--content', dir);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^✖ \d+ errors? in \d+ files? \(\d+ files? checked\)$/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^\S+:\d+:\d+ (error|warning)\[[a-z-]+\] \S.*$/);
    expect(stdout).not.toMatch(/\n\s+at /);
  });
});

/** Everything the first test's tree holds, in the order check prints it. */
const GARBAGE_LINES = [
  'cases/empty.md:1:1 error[missing-front-matter] the file does not start with a --- front matter block',
  'reports/alias.md:3:7 error[yaml-syntax] Unresolved alias (the anchor must be set before the alias): b',
  'reports/binary.md:2:92 error[encoding] the file holds NUL bytes: it is UTF-16 or not a text file; save it as UTF-8',
  'reports/bom-only.md:1:1 error[missing-front-matter] the file does not start with a --- front matter block',
  'reports/high-bytes.md:1:71 error[encoding] bytes that are neither UTF-8 nor GB18030 text; re-save the file as UTF-8',
  'reports/links.md:5:7 error[missing-link] linked file "%E0%A4%A" does not exist (looked for reports/%E0%A4%A)',
  'reports/list.md:2:1 error[invalid-type] the front matter should be key: value lines, not a list',
  'reports/odd-keys.md:2:1 error[unknown-key] unknown key "[ a, b ]"',
  'reports/odd-keys.md:2:1 error[unknown-key] unknown key "__proto__"',
  'reports/odd-keys.md:3:1 error[unknown-key] unknown key "1"',
  'reports/odd-keys.md:6:17 error[invalid-type] "title" should be text, not a group of keys',
  'reports/odd-keys.md:7:7 error[invalid-date] "date" should be a date written YYYY-MM-DD, not "2011-01-18T10:00:00"',
  'reports/scalar.md:2:1 error[invalid-type] the front matter should be key: value lines, not "just text"',
  'scores/2010.csv:1:1 error[scores-unknown-stage] no stage "2010" for this scores file: it must be named after a stage in stages/ (expected one of 2009)',
  'scores/unclosed.csv:1:1 error[csv-syntax] a quoted cell starts here but its closing quote is missing',
  'scores/unclosed.csv:1:1 error[scores-unknown-stage] no stage "unclosed" for this scores file: it must be named after a stage in stages/ (expected one of 2009)',
  'scoring.yml:1:1 error[invalid-type] the file should be key: value lines, not 42',
  'series/empty-block.md:1:1 error[missing-key] missing required key "title"',
  'site.yml:1:1 error[invalid-type] the file should be key: value lines, not a list',
  'units.csv:1:1 error[missing-key] the file is empty; expected a header row "id,name,parent,kind" and one row per unit',
];
