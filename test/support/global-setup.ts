import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { userEnv } from './user-env.ts';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.ts';

export const sampleBase = '/bangyang/';

let server: StaticServer | undefined;
let dir: string | undefined;

/**
 * Build the sample site once for all browser tests, the way a user does (`npm run build` under a
 * sub-path), and serve it on 127.0.0.1. Unit tests do not need it, so it is skipped when the run
 * has no e2e files (BANGYANG_SKIP_SITE=1 forces that).
 */
export async function setup(project: TestProject) {
  if (process.env.BANGYANG_SKIP_SITE) return;
  dir = mkdtempSync(join(tmpdir(), 'bangyang-e2e-'));
  const out = join(dir, 'site');
  const started = Date.now();
  const build = spawnSync('npm', ['run', '--silent', 'build', '--', '--out', out, '--base', sampleBase], { encoding: 'utf8', env: userEnv() });
  if (build.status !== 0) throw new Error(`building the sample site failed:\n${build.stdout}\n${build.stderr}`);
  console.log(`sample site built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  server = await serveStatic({ dir: out, base: sampleBase });
  project.provide('siteDir', out);
  project.provide('siteUrl', server.url);
  project.provide('siteBase', sampleBase);
}

export async function teardown() {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
    siteBase: string;
  }
}
