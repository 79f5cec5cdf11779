import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { userEnv } from './user-env.ts';

/** Run `npm run build` exactly as a user does; returns the exit code and everything it printed. */
export function runBuild(args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', ...args], { encoding: 'utf8', env: userEnv() });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every file under a folder with its SHA-256, to compare two outputs byte for byte. */
export function treeDigest(dir: string): Record<string, string> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => statSync(join(dir, name)).isFile()).sort();
  return Object.fromEntries(files.map((name) => [name.split(sep).join('/'), createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]));
}

export function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).map((name) => join(dir, name));
}
