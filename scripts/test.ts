// `npm test`: make sure the browser tests can run (Debian chromium + a CJK font), then run every test.
import { spawnSync } from 'node:child_process';
import { ensureBrowserDeps } from '../test/support/system-deps.ts';

ensureBrowserDeps();
const vitest = spawnSync('npx', ['vitest', 'run', '--config', 'test/vitest.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(vitest.status ?? 1);
