import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.BANGYANG_CHROMIUM ?? '/usr/bin/chromium';
const packages = ['chromium', 'fonts-wqy-microhei'];
const installCommand = `apt-get update && apt-get install -y ${packages.join(' ')}`;

function hasCjkFont(): boolean {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

/**
 * Browser tests need Debian's chromium and a Chinese font (without one, screenshots show boxes and
 * layout widths are wrong). Install them when we can (root with apt), else stop with the command.
 */
export function ensureBrowserDeps(): void {
  if (existsSync(chromiumPath) && hasCjkFont()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('which', ['apt-get']).status === 0;
  if (isRoot && hasApt) {
    console.log(`installing browser test dependencies: ${packages.join(', ')}`);
    execSync(`${installCommand} >/dev/null`, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(chromiumPath) && hasCjkFont()) return;
  }
  console.error(`The browser tests need Debian's chromium and a CJK font. Run as root:\n\n  ${installCommand}\n`);
  process.exit(1);
}
