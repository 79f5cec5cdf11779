// `npm test`: make sure the browser tests can run (Debian chromium + a CJK font), then run every test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowserDeps } from '../test/support/system-deps.ts';

ensureBrowserDeps();
const dir = mkdtempSync(join(tmpdir(), 'bangyang-test-'));
const jsonFile = join(dir, 'results.json');
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
try {
  // One plain closing line that any CI log reader understands.
  const results = JSON.parse(readFileSync(jsonFile, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  console.log(`${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`);
} catch {
  // vitest failed before writing results; its own output says why.
}
rmSync(dir, { recursive: true, force: true });
process.exit(vitest.status ?? 1);
