// Astro's page writes inside the staging folder happen synchronously (no thread-pool round trips);
// everything else, and everything after the build, goes to Node's own functions.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writePagesSynchronously } from '../../../src/build/sync-page-writes.ts';

describe('writePagesSynchronously', () => {
  const root = mkdtempSync(join(tmpdir(), 'bangyang-sync-writes-'));
  const staging = join(root, 'staging');
  const original = { mkdir: fs.promises.mkdir, writeFile: fs.promises.writeFile };
  let restore = () => {};
  afterEach(() => restore());

  it('writes pages inside the staging folder before the promise is awaited, by path or file URL', async () => {
    restore = writePagesSynchronously(staging);
    const folder = pathToFileURL(join(staging, 'reports', '办公室') + '/');
    const pending = fs.promises.mkdir(folder, { recursive: true });
    expect(existsSync(join(staging, 'reports', '办公室'))).toBe(true);
    await pending;
    const write = fs.promises.writeFile(new URL('index.html', folder), new TextEncoder().encode('<p>页</p>'));
    expect(readFileSync(join(staging, 'reports', '办公室', 'index.html'), 'utf8')).toBe('<p>页</p>');
    await write;
  });

  it('rejects (never throws) with the error Node gives', async () => {
    restore = writePagesSynchronously(staging);
    fs.mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, 'a-file'), '');
    const attempt = fs.promises.mkdir(join(staging, 'a-file', 'sub'), { recursive: true });
    await expect(attempt).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('leaves paths outside the staging folder, and the functions after restore, to Node', async () => {
    restore = writePagesSynchronously(staging);
    // a sibling whose name begins like the staging folder's is outside it
    const outside = join(root, 'staging-other', 'x');
    const mkdirSync = vi.spyOn(fs, 'mkdirSync');
    await fs.promises.mkdir(outside, { recursive: true });
    expect(mkdirSync).not.toHaveBeenCalled();
    await fs.promises.mkdir(join(staging, 'y'), { recursive: true });
    expect(mkdirSync).toHaveBeenCalledTimes(1);
    mkdirSync.mockRestore();
    expect(existsSync(outside)).toBe(true);
    restore();
    expect(fs.promises.mkdir).toBe(original.mkdir);
    expect(fs.promises.writeFile).toBe(original.writeFile);
    rmSync(root, { recursive: true, force: true });
  });
});
