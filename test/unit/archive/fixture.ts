import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** A fresh copy of `test/fixtures/<name>/` in a temp folder; content is at `<dir>/content`. */
export function copyFixture(name: string): { dir: string; content: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `bangyang-${name}-`));
  cpSync(join(root, 'test/fixtures', name), dir, { recursive: true });
  return { dir, content: join(dir, 'content'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Run one of the command scripts the way `npm run` does, from `cwd`, so paths print relative to it. */
export function runScript(script: 'archive' | 'check', args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', `${script}.ts`), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean) };
}
