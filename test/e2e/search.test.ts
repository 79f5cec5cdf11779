import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/index.ts';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.ts';
import { launchBrowser, watchPage, type BrowserContext, type Page } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
});
afterAll(async () => close());

interface Hit {
  title: string;
  href: string;
  badge: string;
  excerpt: string;
}

/** Search the way a reader does: open /search/?q=…, wait until the result count is announced. */
async function search(query: string, page?: Page, site = siteUrl): Promise<{ page: Page; hits: Hit[]; status: string; watch: ReturnType<typeof watchPage> }> {
  const tab = page ?? (await browser.newPage());
  const watch = watchPage(tab, new URL(site).origin);
  if (!page) await tab.goto(`${site}search/?q=${encodeURIComponent(query)}`);
  await tab.waitForFunction(() => /找到|没有找到/.test(document.querySelector('bangyang-search [aria-live], bangyang-search [role=status]')?.textContent ?? ''), null, { timeout: 20_000 });
  const hits = await tab.$$eval('bangyang-search .bys-result', (items) =>
    items.map((li) => ({
      title: li.querySelector('.bys-title')?.textContent ?? '',
      href: li.querySelector('.bys-title')?.getAttribute('href') ?? '',
      badge: li.querySelector('.bys-badge')?.textContent ?? '',
      excerpt: li.querySelector('.bys-excerpt')?.innerHTML ?? '',
    })),
  );
  const status = await tab.$eval('bangyang-search [aria-live], bangyang-search [role=status]', (el) => el.textContent ?? '');
  return { page: tab, hits, status, watch };
}

describe('search on the built sample site (real pagefind index, real Chromium)', () => {
  it('finds a report by a phrase from its headline, first, with the hit highlighted', async () => {
    const { page, hits, watch } = await search('督查一竿子');
    expect(hits[0]?.title).toContain('督查一竿子');
    expect(hits[0]?.href).toBe(`${new URL(siteUrl).pathname}reports/ducha-tongxun/`);
    expect(hits[0]?.badge).toContain('报道');
    expect(watch.offsiteRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('returns only pages that contain the phrase itself, not its pieces apart', async () => {
    const { page, hits } = await search('一本台账');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.excerpt.replace(/<\/?mark>/g, '')).toContain('一本台账');
    expect(hits.map((h) => h.excerpt).join('')).toContain('<mark>');
    await page.close();
  });

  it('finds a case with a Chinese file name at its percent-encoded URL', async () => {
    const { page, hits } = await search('李文静');
    const caseHit = hits.find((h) => h.badge.includes('典型'));
    expect(caseHit?.href).toBe(`${new URL(siteUrl).pathname}cases/${encodeURIComponent('李文静')}/`);
    await page.close();
  });

  it('narrows results with the type filter', async () => {
    const { page, hits } = await search('督查室');
    expect(new Set(hits.map((h) => h.badge)).size).toBeGreaterThan(1);
    await page.selectOption('bangyang-search select[name="type"]', { label: '典型' });
    await page.waitForFunction(() => [...document.querySelectorAll('bangyang-search .bys-badge')].every((b) => b.textContent?.includes('典型')));
    const narrowed = await search('督查室', page);
    expect(narrowed.hits.length).toBeGreaterThan(0);
    expect(narrowed.hits.length).toBeLessThan(hits.length);
    for (const hit of narrowed.hits) expect(hit.badge).toContain('典型');
    await page.close();
  });

  it("never finds a draft's words", async () => {
    const { page, hits, status } = await search('草稿专用核对暗号');
    expect(hits).toEqual([]);
    expect(status).toContain('没有找到');
    await page.close();
  });
});

describe('search on a site whose index is split in two parts (src/search/parts.ts)', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    // the sample's pages with their index built again in two parts, as a big site's would be
    dir = mkdtempSync(join(tmpdir(), 'bangyang-parts-'));
    cpSync(inject('siteDir'), dir, { recursive: true });
    await buildSearchIndex({ outDir: dir, base: inject('siteBase'), parts: 2 });
    server = await serveStatic({ dir, base: inject('siteBase') });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has two parts, both holding pages', () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['zz', 'zz-001']);
    for (const part of Object.values(entry.languages)) expect(part.page_count).toBeGreaterThan(0);
  });

  it('lists the same pages, in the same order, as the one-part index', async () => {
    for (const q of ['督查一竿子', '督查室', '一本台账', '李文静', '群众满意']) {
      const one = await search(q);
      const two = await search(q, undefined, server.url);
      expect(two.hits.length, q).toBeGreaterThan(0);
      expect(two.hits.map((h) => h.title), q).toEqual(one.hits.map((h) => h.title));
      expect(two.status, q).toBe(one.status);
      expect(two.watch.consoleErrors, q).toEqual([]);
      await one.page.close();
      await two.page.close();
    }
  });

  it('narrows with the type filter across both parts', async () => {
    const { page, hits } = await search('督查室', undefined, server.url);
    await page.selectOption('bangyang-search select[name="type"]', { label: '典型' });
    await page.waitForFunction(() => [...document.querySelectorAll('bangyang-search .bys-badge')].every((b) => b.textContent?.includes('典型')));
    const narrowed = await search('督查室', page, server.url);
    expect(narrowed.hits.length).toBeGreaterThan(0);
    expect(narrowed.hits.length).toBeLessThan(hits.length);
    await page.close();
  });
});
