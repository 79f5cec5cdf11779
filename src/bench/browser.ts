/**
 * What a browser really fetches, measured in headless Chromium (Debian's, through playwright-core)
 * against the built site served on 127.0.0.1:
 * - the JavaScript each representative page loads once it has been scrolled through (so lazy chart
 *   code that waits for the chart to come into view is counted), gzipped file by file;
 * - the bytes a first search fetches: type a query into the search page's box as a person would,
 *   press Enter, and sum every response under `pagefind/` until the network is quiet.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { serveStatic } from '../serve/static-server.ts';

export interface LoadedJs {
  type: string;
  page?: string;
  /** gzip bytes of the script files the page loaded (each file gzipped on its own). */
  loadedGzip: number;
  loadedRaw: number;
  files: string[];
  note?: string;
}

export interface SearchFetch {
  status: 'measured' | 'skipped';
  note?: string;
  query?: string;
  /** pagefind bytes fetched while the search page loaded, before typing. */
  onLoadBytes?: number;
  /** pagefind bytes fetched from typing the query until the results settled. */
  queryBytes?: number;
  totalBytes?: number;
  requests?: number;
  /** Results the page shows (elements that look like result items), when that can be seen. */
  resultsShown?: number;
  /** The page's live status line (e.g. how many results), if it has one. */
  statusText?: string;
  byKind?: Record<string, number>;
  ms?: number;
}

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function kindOf(url: string): string {
  const name = url.split('?')[0].split('/').pop() ?? '';
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : name;
  return ext.startsWith('pf_') ? ext : ext === 'js' || ext === 'wasm' || ext === 'json' ? ext : 'other';
}

/** Start the static server and Chromium once for a built site; `run` gets the context and the site URL. */
export async function withBrowser<T>(outDir: string, run: (context: BrowserContext, siteUrl: string) => Promise<T>, options: { chromium?: string; base?: string } = {}): Promise<T | { skipped: string }> {
  const chromiumPath = options.chromium ?? process.env.BANGYANG_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return { skipped: `no Chromium at ${chromiumPath} (apt-get install chromium)` };
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    return { skipped: 'playwright-core is not installed' };
  }
  const server = await serveStatic({ dir: outDir, base: options.base ?? '/' });
  const userDataDir = mkdtempSync(join(tmpdir(), 'bangyang-bench-chromium-'));
  const context = await playwright.chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
  });
  try {
    return await run(context, server.url);
  } finally {
    await context.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** Load each page, scroll it through, and sum the script files it fetched (gzip each). */
export async function measureLoadedJs(context: BrowserContext, siteUrl: string, pages: Record<string, string | undefined>): Promise<LoadedJs[]> {
  const results: LoadedJs[] = [];
  for (const [type, file] of Object.entries(pages)) {
    if (!file) {
      results.push({ type, loadedGzip: 0, loadedRaw: 0, files: [], note: 'no such page yet' });
      continue;
    }
    const page = await context.newPage();
    const bodies: Promise<{ url: string; bytes: Buffer } | undefined>[] = [];
    let lastActivity = Date.now();
    page.on('response', (response) => {
      lastActivity = Date.now();
      const request = response.request();
      const url = response.url();
      if (request.resourceType() !== 'script' && !/\.m?js(\?|$)/.test(url)) return;
      bodies.push(response.body().then((bytes) => ({ url, bytes })).catch(() => undefined));
    });
    try {
      const path = file.replace(/index\.html$/, '');
      await page.goto(`${siteUrl}${path.split('/').map(encodeURIComponent).join('/')}`, { waitUntil: 'load' });
      // Scroll through in viewport steps so every chart scrolls into view.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += 700) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(60);
      }
      const until = Date.now() + 10_000;
      while (Date.now() < until && Date.now() - lastActivity < 1000) await page.waitForTimeout(100);
      const seen = new Map<string, Buffer>();
      for (const body of await Promise.all(bodies)) if (body) seen.set(body.url.split('?')[0], body.bytes);
      let gzip = 0;
      let raw = 0;
      for (const bytes of seen.values()) {
        gzip += gzipSync(bytes).length;
        raw += bytes.length;
      }
      results.push({ type, page: file, loadedGzip: gzip, loadedRaw: raw, files: [...seen.keys()].map((u) => u.replace(siteUrl, '')) });
    } catch (error) {
      results.push({ type, page: file, loadedGzip: 0, loadedRaw: 0, files: [], note: `could not load: ${(error as Error).message.split('\n')[0]}` });
    } finally {
      await page.close();
    }
  }
  return results;
}

export async function measureSearchFetch(context: BrowserContext, siteUrl: string, outDir: string, query: string): Promise<SearchFetch> {
  if (!existsSync(join(outDir, 'search', 'index.html'))) return { status: 'skipped', note: 'no search page (search/index.html) in the build yet' };
  if (!existsSync(join(outDir, 'pagefind'))) return { status: 'skipped', note: 'no pagefind/ index in the build yet' };
  const page = await context.newPage();
  try {
    let phase: 'load' | 'query' = 'load';
    const bytes = { load: 0, query: 0 };
    const byKind: Record<string, number> = {};
    let requests = 0;
    let inFlight = 0;
    let lastActivity = Date.now();
    const pending: Promise<void>[] = [];
    page.on('request', (request) => {
      if (!request.url().includes('/pagefind/')) return;
      inFlight++;
      lastActivity = Date.now();
    });
    page.on('requestfailed', (request) => {
      if (request.url().includes('/pagefind/')) inFlight--;
    });
    page.on('response', (response) => {
      const url = response.url();
      if (!url.includes('/pagefind/')) return;
      const at = phase;
      pending.push(
        response
          .body()
          .then((body) => {
            bytes[at] += body.length;
            byKind[kindOf(url)] = (byKind[kindOf(url)] ?? 0) + body.length;
            requests++;
          })
          .catch(() => undefined)
          .finally(() => {
            inFlight--;
            lastActivity = Date.now();
          }),
      );
    });
    const quiet = async (maxMs: number) => {
      const until = Date.now() + maxMs;
      while (Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        if (inFlight <= 0 && Date.now() - lastActivity > 1200) break;
      }
      await Promise.all(pending);
    };
    const started = Date.now();
    await page.goto(`${siteUrl}search/`, { waitUntil: 'load' });
    await quiet(10_000);
    phase = 'query';
    const input = page.locator('main input[type="search"], main input[name="q"], input[type="search"], input[name="q"]').first();
    if ((await input.count()) === 0) return { status: 'skipped', note: 'the search page has no search box (input[type=search] or name=q) yet' };
    await input.click();
    await input.pressSequentially(query, { delay: 50 });
    await quiet(3_000);
    // A GET form without live search only searches on submit; pressing Enter is what a person does next.
    if (bytes.query === 0) {
      await input.press('Enter');
      await page.waitForLoadState('load').catch(() => undefined);
    }
    await quiet(20_000);
    const resultsShown = await page
      .locator('li[class*="result"], [class*="results"] > li, [data-search-results] li')
      .count()
      .catch(() => 0);
    const statusText = (await page.locator('[role="status"]').first().textContent({ timeout: 1000 }).catch(() => null))?.trim() || undefined;
    return {
      status: 'measured',
      query,
      onLoadBytes: bytes.load,
      queryBytes: bytes.query,
      totalBytes: bytes.load + bytes.query,
      requests,
      resultsShown,
      statusText,
      byKind,
      ms: Date.now() - started,
    };
  } finally {
    await page.close();
  }
}
