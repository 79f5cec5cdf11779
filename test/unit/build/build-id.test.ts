// The build id: the same files give the same id, any changed file (site or search bundle) a new one.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildId, buildIdFile } from '../../../src/build/build-id.ts';

const root = mkdtempSync(join(tmpdir(), 'bangyang-build-id-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const files = {
  'index.html': '<h1>榜样</h1>',
  'reports/a/index.html': '<p>报道</p>',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/fragment/x.pf_fragment': 'x',
};

const idOf = async (dir: string) => {
  const buildId = new BuildId(dir);
  void buildId.hashSite();
  return buildId.write('/sub/');
};

describe('BuildId', () => {
  it('is the same for the same files, and written with the base', async () => {
    const a = site('a', files);
    const id = await idOf(a);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.parse(readFileSync(join(a, buildIdFile), 'utf8'))).toEqual({ id, base: '/sub/' });
    // its own file is not part of it
    expect(await idOf(a)).toBe(id);
    expect(await idOf(site('b', files))).toBe(id);
  });

  it('changes with any file of the site or of the search bundle', async () => {
    const id = await idOf(site('c', files));
    expect(await idOf(site('d', { ...files, 'reports/a/index.html': '<p>报道。</p>' }))).not.toBe(id);
    expect(await idOf(site('e', { ...files, 'pagefind/fragment/x.pf_fragment': 'y' }))).not.toBe(id);
    expect(await idOf(site('f', { ...files, 'reports/b/index.html': '' }))).not.toBe(id);
  });
});
