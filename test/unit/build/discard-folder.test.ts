// The previous output is deleted by a detached process after the swap; leftovers of builds whose
// process is gone are swept by the next build.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discardFolder, sweepDiscarded, sweepLeftovers } from '../../../src/build/discard-folder.ts';

const root = mkdtempSync(join(tmpdir(), 'bangyang-discard-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  writeFileSync(join(dir, 'a', 'b', 'index.html'), '<p>旧</p>');
  return dir;
}

describe('discarding the previous output', () => {
  it('deletes the folder in a detached process', async () => {
    const dir = folder('site.old-1');
    discardFolder(dir);
    for (let i = 0; i < 100 && existsSync(dir); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(dir)).toBe(false);
  });

  it('sweeps folders it marked for deletion whose build is gone, and nothing else', () => {
    const marked = (name: string) => {
      const dir = folder(name);
      writeFileSync(join(dir, '.bangyang-discarded'), '');
      return dir;
    };
    const gone = marked('dist.old-2147483646'); // no such process
    const running = marked(`dist.old-${process.ppid}`);
    const usersBackup = folder('dist.old-20240501'); // not marked: the user's own
    const other = marked('dist-other.old-2147483646');
    sweepDiscarded(join(root, 'dist'));
    expect(existsSync(gone)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(usersBackup)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });

  it('sweeps staging folders of interrupted builds once they are old enough', () => {
    const interrupted = folder('build-2147483646');
    const running = folder(`build-${process.ppid}`);
    sweepLeftovers(root, 'build-', { minAgeMs: 3_600_000 });
    expect(existsSync(interrupted)).toBe(true); // just made
    sweepLeftovers(root, 'build-', { minAgeMs: 0 });
    expect(existsSync(interrupted)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });
});
