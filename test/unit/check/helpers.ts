import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { checkContent, formatProblem } from '../../../src/check/index.ts';
import { displayPath } from '../../../src/load/tree.ts';

export const root = resolve(import.meta.dirname, '../../..');

/** A committed fixture tree under test/fixtures/. */
export function fixture(name: string): string {
  return join(root, 'test/fixtures', name);
}

/**
 * Every problem `check` finds in `dir`, formatted exactly as the command prints it, with the tree's
 * own path cut off (in the location and in messages that name another file) so expectations read
 * `reports/a.md:2:1 error[…] …` wherever the tree lives.
 */
export function problemLines(dir: string): string[] {
  const prefix = `${displayPath(dir)}/`;
  return checkContent(dir).problems.map((problem) => formatProblem(problem).replaceAll(prefix, ''));
}

/** Files to write into a fresh temporary tree: text (UTF-8) or exact bytes. */
export type TreeFiles = Record<string, string | Uint8Array>;

export function writeTree(files: TreeFiles, dir = mkdtempSync(join(tmpdir(), 'bangyang-check-'))): string {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The real command, as an editor runs it (Node 24 through npm). */
export function runCheck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '--silent', 'check', '--', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The smallest valid site.yml, for trees built in tests. */
export const siteYml = 'title: 测试站点\norganization: 中原市人民政府办公厅\n';

export const scoringYml = `indicators:
  - { id: target,      name: 目标责任落实, max: 30 }
  - { id: tracking,    name: 运行跟踪监控, max: 25 }
  - { id: evaluation,  name: 绩效评估评价, max: 25 }
  - { id: application, name: 绩效结果运用, max: 20 }
grades:
  - { name: 优秀, min: 90 }
  - { name: 良好, min: 80 }
  - { name: 合格, min: 60 }
  - { name: 不合格, min: 0 }
`;
