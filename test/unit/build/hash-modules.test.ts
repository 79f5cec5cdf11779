import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashModules } from '../../../src/build/paths.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bangyang-modules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const digest = () => hashModules(createHash('sha256'), dir).digest('hex');

describe('hashModules (the code part of the cache keys)', () => {
  it('changes with any module of the folder, a new one too, and with nothing else', () => {
    writeFileSync(path.join(dir, 'a.ts'), 'export const a = 1;');
    writeFileSync(path.join(dir, 'notes.md'), '说明');
    const first = digest();
    expect(digest()).toBe(first);
    writeFileSync(path.join(dir, 'notes.md'), '改过的说明');
    expect(digest()).toBe(first);
    writeFileSync(path.join(dir, 'b.ts'), '');
    const withB = digest();
    expect(withB).not.toBe(first);
    writeFileSync(path.join(dir, 'a.ts'), 'export const a = 2;');
    expect(digest()).not.toBe(withB);
  });

  it('keeps file boundaries: moving code from one module to the next changes it', () => {
    writeFileSync(path.join(dir, 'a.ts'), 'xy');
    writeFileSync(path.join(dir, 'b.ts'), '');
    const before = digest();
    writeFileSync(path.join(dir, 'a.ts'), 'x');
    writeFileSync(path.join(dir, 'b.ts'), 'y');
    expect(digest()).not.toBe(before);
  });
});
