// Reuse of the search bundle between builds (src/search/bundle-cache.ts), with the real Pagefind:
// a hit must be byte for byte what a fresh run writes, and any change to an indexed page, the
// base path or the cached files themselves must be a miss.
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/search/index.ts';

const page = (main: string) => `<!doctype html><html lang="zh-CN"><head><title>页</title></head><body>${main}</body></html>`;
const SITE: Record<string, string> = {
  'index.html': page('<main><p>首页列表不进索引</p></main>'),
  'reports/a/index.html': page('<main data-search-type="report" data-search-title="建立督办台账"><p>各处室要建立督办台账。</p></main>'),
  'cases/b/index.html': page('<main data-search-type="case" data-search-title="窗口服务标兵"><p>考核办法熟记于心。</p></main>'),
};

const root = mkdtempSync(path.join(os.tmpdir(), 'bangyang-bundle-cache-'));
const cacheDir = path.join(root, 'cache');
let n = 0;

function site(changes: Record<string, string> = {}): string {
  const dir = path.join(root, `site-${++n}`);
  for (const [rel, html] of Object.entries({ ...SITE, ...changes })) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), html);
  }
  return dir;
}

function bundle(dir: string): Record<string, string> {
  const b = path.join(dir, 'pagefind');
  const out: Record<string, string> = {};
  for (const e of readdirSync(b, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[path.relative(b, path.join(e.parentPath, e.name))] = readFileSync(path.join(e.parentPath, e.name)).toString('base64');
  }
  return out;
}

beforeEach(() => rmSync(cacheDir, { recursive: true, force: true }));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('search bundle cache', () => {
  it('reuses the bundle when the indexed pages are unchanged, identical to a fresh run', async () => {
    const first = site();
    expect((await buildSearchIndex({ outDir: first, base: '/x/', cacheDir })).reused).toBe(false);
    const second = site({ 'index.html': page('<main><p>列表页改了也不影响索引</p></main>') });
    expect(await buildSearchIndex({ outDir: second, base: '/x/', cacheDir })).toEqual({ pages: 2, reused: true, read: 3 });
    const fresh = site();
    await buildSearchIndex({ outDir: fresh, base: '/x/' });
    expect(bundle(second)).toEqual(bundle(fresh));
  });

  it('builds again when an indexed page or the base changes', async () => {
    await buildSearchIndex({ outDir: site(), base: '/x/', cacheDir });
    const edited = site({ 'cases/b/index.html': page('<main data-search-type="case" data-search-title="窗口服务标兵"><p>考核办法烂熟于心。</p></main>') });
    expect((await buildSearchIndex({ outDir: edited, base: '/x/', cacheDir })).reused).toBe(false);
    const rebased = site({ 'cases/b/index.html': SITE['cases/b/index.html'] });
    expect((await buildSearchIndex({ outDir: rebased, base: '/y/', cacheDir })).reused).toBe(false);
    const fresh = site();
    await buildSearchIndex({ outDir: fresh, base: '/y/' });
    expect(bundle(rebased)).toEqual(bundle(fresh));
  });

  it('builds again when the number of index parts changes', async () => {
    await buildSearchIndex({ outDir: site(), base: '/x/', cacheDir });
    const split = site();
    expect((await buildSearchIndex({ outDir: split, base: '/x/', cacheDir, parts: 2 })).reused).toBe(false);
    const fresh = site();
    await buildSearchIndex({ outDir: fresh, base: '/x/', parts: 2 });
    expect(bundle(split)).toEqual(bundle(fresh));
    expect((await buildSearchIndex({ outDir: site(), base: '/x/', cacheDir, parts: 2 })).reused).toBe(true);
  });

  it('does not reuse a bundle whose files were edited in place', async () => {
    const first = site();
    await buildSearchIndex({ outDir: first, base: '/x/', cacheDir });
    // the output shares its files with the cache (hard links): an edit there reaches the cache
    appendFileSync(path.join(first, 'pagefind', 'pagefind-entry.json'), ' ');
    const second = site();
    expect((await buildSearchIndex({ outDir: second, base: '/x/', cacheDir })).reused).toBe(false);
    const fresh = site();
    await buildSearchIndex({ outDir: fresh, base: '/x/' });
    expect(bundle(second)).toEqual(bundle(fresh));
  });
});
