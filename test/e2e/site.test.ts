/**
 * The built sample site in a real browser: every page reachable from home loads under the base
 * path without errors or requests to other hosts, the report/case pages show what they must, no
 * draft leaks into the output, and axe finds no serious accessibility problems on the key pages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchPage, type BrowserContext, type Page } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const origin = new URL(siteUrl).origin;
const basePath = new URL(siteUrl).pathname;
const axePath = resolve('node_modules/axe-core/axe.min.js');

const pageUrl = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
const liWenJing = `cases/${encodeURIComponent('李文静')}/`;

let browser: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
});
afterAll(async () => {
  await close?.();
});

interface Crawl {
  pages: Map<string, { status: number; searchTypes: number; h1: number; lang: string | null }>;
  files: Map<string, number>;
  consoleErrors: string[];
  offsiteRequests: string[];
}

/** Depth-first over same-origin links under the base; pages end in "/", anything else is a file. */
async function crawl(): Promise<Crawl> {
  const page = await browser.newPage();
  const { consoleErrors, offsiteRequests } = watchPage(page, origin);
  const result: Crawl = { pages: new Map(), files: new Map(), consoleErrors, offsiteRequests };
  const stack = [siteUrl];
  const seen = new Set(stack);
  while (stack.length) {
    const url = stack.pop()!;
    if (!new URL(url).pathname.endsWith('/')) {
      const response = await page.request.get(url);
      result.files.set(url, response.status());
      continue;
    }
    const response = await page.goto(url, { waitUntil: 'load' });
    const info = await page.evaluate(() => ({
      searchTypes: document.querySelectorAll('[data-search-type]').length,
      h1: document.querySelectorAll('h1').length,
      lang: document.documentElement.getAttribute('lang'),
      links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
    }));
    result.pages.set(url, { status: response?.status() ?? 0, searchTypes: info.searchTypes, h1: info.h1, lang: info.lang });
    for (const href of info.links.reverse()) {
      const link = new URL(href);
      if (link.origin !== origin || !link.pathname.startsWith(basePath)) continue;
      link.hash = '';
      link.search = '';
      if (!seen.has(link.href)) {
        seen.add(link.href);
        stack.push(link.href);
      }
    }
  }
  await page.close();
  return result;
}

describe('the built site', () => {
  let site: Crawl;
  beforeAll(async () => {
    site = await crawl();
  }, 180_000);

  it('reaches every kind of page from home', () => {
    const paths = [...site.pages.keys()].map((u) => decodeURIComponent(new URL(u).pathname.slice(basePath.length)));
    for (const expected of ['', 'series/', 'reports/', 'cases/', 'units/', 'stages/', 'archive/', 'tags/', 'search/', 'reports/lvzhi-zongshu/', 'cases/李文静/', 'units/mishu1/', 'stages/2011-zhiliang/', 'series/zhengzuo/', 'tags/质量提升年/']) {
      expect(paths).toContain(expected);
    }
    expect(site.pages.size).toBeGreaterThan(50);
  });

  it('serves every page and linked file with status 200', () => {
    const broken = [...site.pages, ...[...site.files].map(([u, s]) => [u, { status: s }] as const)].filter(([, p]) => p.status !== 200).map(([u, p]) => `${p.status} ${decodeURI(u)}`);
    expect(broken).toEqual([]);
  });

  it('logs no console errors and asks no other host for anything', () => {
    expect(site.consoleErrors).toEqual([]);
    expect(site.offsiteRequests).toEqual([]);
  });

  it('marks every page zh-CN with one h1', () => {
    const bad = [...site.pages].filter(([, p]) => p.lang !== 'zh-CN' || p.h1 !== 1).map(([u, p]) => `${decodeURI(u)} lang=${p.lang} h1=${p.h1}`);
    expect(bad).toEqual([]);
  });

  it('gives detail pages exactly one search-indexed element and list pages none', () => {
    const detail = /\/(reports|cases|units|stages|series)\/[^/]+\/$/;
    const bad = [...site.pages]
      .filter(([u, p]) => (detail.test(new URL(u).pathname) ? p.searchTypes !== 1 : p.searchTypes !== 0))
      .map(([u, p]) => `${decodeURI(u)} has ${p.searchTypes}`);
    expect(bad).toEqual([]);
  });
});

describe('pages', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page.close();
  });

  it('sets a report as a newspaper does: 引题, 主题, 副题, 核心提示', async () => {
    await page.goto(pageUrl('reports/lvzhi-zongshu/'));
    const header = page.locator('article .report-header');
    await expect(header.locator('.kicker').textContent()).resolves.toBe('全心全意为人民服务 争做人民满意公务员');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/三年接力抓作风\s*一心一意为人民/);
    await expect(header.locator('.subtitle').textContent()).resolves.toContain('中原市人民政府办公厅开展争做人民满意公务员集体活动综述');
    const lead = page.locator('.lead-box');
    await expect(lead.isVisible()).resolves.toBe(true);
    await expect(lead.textContent()).resolves.toContain('核心提示');
    await expect(lead.textContent()).resolves.toContain('修订完善规章制度49项');
    await expect(page.locator('.series-line').textContent()).resolves.toContain('之一');
    const cover = page.locator('figure.cover img');
    await expect(cover.getAttribute('alt')).resolves.toBe('市政府办公厅争创活动主题图');
    await expect(cover.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth > 0, () => false))).resolves.toBe(true);
    const filters = JSON.parse((await page.locator('[data-search-type="report"]').getAttribute('data-search-filters'))!);
    expect(filters).toEqual({ unit: expect.arrayContaining(['秘书一处', '督查室']), stage: ['质量提升年'], year: ['2011'] });
  });

  it('loads the case with a Chinese file name, with its photo', async () => {
    const response = await page.goto(pageUrl(liWenJing));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('李文静');
    const photo = page.locator('.portrait img');
    await expect(photo.getAttribute('alt')).resolves.toBe('李文静在办公室修改文稿');
    // loading="lazy": the load event does not wait for it; decode() does, and fails for a broken image
    await expect(photo.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth > 0, () => false))).resolves.toBe(true);
    await expect(page.locator('.highlights').textContent()).resolves.toContain('97.5');
  });

  it('answers unknown URLs with the 404 page and a search box', async () => {
    const response = await page.goto(pageUrl('no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('页面未找到');
    await expect(page.locator(`form[role="search"][action="${basePath}search/"] input[name="q"]`).count()).resolves.toBeGreaterThan(0);
  });

  it('filters cases with the selects, and shows them all without JavaScript', async () => {
    await page.goto(pageUrl('cases/'));
    const visible = () => page.locator('#case-list > li:visible').count();
    const total = await page.locator('#case-list > li').count();
    expect(await visible()).toBe(total);
    await page.selectOption('#filter-kind', 'individual');
    const individuals = await page.locator('#case-list > li[data-kind="individual"]').count();
    expect(await visible()).toBe(individuals);
    await page.selectOption('#filter-unit', 'mishu1');
    expect(await visible()).toBe(await page.locator('#case-list > li[data-kind="individual"][data-unit="mishu1"]').count());

    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      const plain = await noJs.browser.newPage();
      await plain.goto(pageUrl('cases/'));
      expect(await plain.locator('#case-list > li:visible').count()).toBe(total);
      expect(await plain.locator('#case-filter').isVisible()).toBe(false);
    } finally {
      await noJs.close();
    }
  });

  it('serves a deterministic Atom feed', async () => {
    const response = await page.request.get(pageUrl('feed.xml'));
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toMatch(/<updated>2011-09-28T00:00:00\+08:00<\/updated>/);
    expect(xml).toContain(`href="${basePath}reports/lvzhi-zongshu/"`);
    expect(xml).not.toContain('草稿');
  });
});

describe('drafts', () => {
  it('never reach the built output', () => {
    const needle = Buffer.from('草稿专用核对暗号');
    const leaks: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (readFileSync(path).includes(needle)) leaks.push(path);
      }
    };
    walk(siteDir);
    expect(leaks).toEqual([]);
  });
});

describe('accessibility (axe)', () => {
  const targets = ['', 'reports/lvzhi-zongshu/', liWenJing, 'units/mishu1/', 'stages/2011-zhiliang/'];
  for (const width of [1366, 390]) {
    for (const target of targets) {
      it(`has no serious or critical violations on /${decodeURIComponent(target)} at ${width}px`, async () => {
        const page = await browser.newPage();
        try {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(pageUrl(target));
          await page.addScriptTag({ path: axePath });
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
          });
          expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});
