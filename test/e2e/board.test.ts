/**
 * The lobby board (/board/) in real Chromium against the sample built under /bangyang/: it fills
 * 1920×1080, 3840×2160 and portrait 1080×1920 with nothing scrolled or cut off, advances by itself,
 * answers the keys, reloads after a redeploy at a slide boundary, stays flat in memory over 500
 * slide changes, and never logs an error or leaves its own host.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.ts';
import { launchBrowser, watchPage, type BrowserContext, type Page } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const siteBase = inject('siteBase');
const origin = new URL(siteUrl).origin;
const boardUrl = (query = '', root = siteUrl) => `${root}board/${query}`;

let browser: BrowserContext;
let close: () => Promise<void>;
const consoleErrors: string[] = [];
const offsiteRequests: string[] = [];

beforeAll(async () => {
  ({ browser, close } = await launchBrowser({ viewport: { width: 1920, height: 1080 } }));
});
afterAll(async () => {
  await close?.();
});

/** A page whose console errors and off-site requests count against the whole file. */
async function openPage(watchOrigin = origin): Promise<Page> {
  const page = await browser.newPage();
  const watched = watchPage(page, watchOrigin);
  page.on('close', () => {
    consoleErrors.push(...watched.consoleErrors);
    offsiteRequests.push(...watched.offsiteRequests);
  });
  return page;
}

const current = (page: Page) => page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-board]')!.dataset.current));
const slideCount = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-slide]').length);
const waitForSlide = (page: Page, n: number, timeout = 5000) =>
  page.waitForFunction((want) => document.querySelector<HTMLElement>('[data-board]')!.dataset.current === String(want), n, { timeout });

/** Everything that makes a slide unfit for a lobby screen, as readable strings (empty when fine). */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.scrollingElement!;
    if (doc.scrollHeight > innerHeight) problems.push(`page scrolls vertically: ${doc.scrollHeight} > ${innerHeight}`);
    if (doc.scrollWidth > innerWidth) problems.push(`page scrolls horizontally: ${doc.scrollWidth} > ${innerWidth}`);
    const slide = document.querySelector('.slide.is-current');
    if (!slide) return ['no current slide'];
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
    const elements = [slide, ...slide.querySelectorAll('*'), ...document.querySelectorAll('.board-top *, .board-bottom *')] as HTMLElement[];
    for (const el of elements) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.closest('[aria-hidden="true"]')) continue;
      const clips = style.overflow !== 'visible' || style.webkitLineClamp !== 'none';
      // Text clipped by its own box (line-clamp, ellipsis, or a squeezed flex item).
      if (clips && el.scrollHeight > el.clientHeight + 1) problems.push(`${name(el)} cut off: height ${el.scrollHeight} > ${el.clientHeight}`);
      if (clips && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} cut off: width ${el.scrollWidth} > ${el.clientWidth}`);
      const box = el.getBoundingClientRect();
      if (box.width && box.height && (box.left < -0.5 || box.top < -0.5 || box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5)) {
        problems.push(`${name(el)} outside the screen: ${JSON.stringify(box)}`);
      }
    }
    for (const img of slide.querySelectorAll('img')) if (!img.complete || img.naturalWidth === 0) problems.push(`image not loaded: ${img.src}`);
    const canvas = slide.querySelector('canvas');
    if (canvas) {
      const ctx = canvas.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let i = 3; i < data.length; i += 4 * 97) if (data[i] > 0) inked++;
      if (canvas.width < 200 || inked < 20) problems.push(`ranking chart not drawn (${canvas.width}×${canvas.height}, ${inked} samples inked)`);
    }
    return problems;
  });
}

describe('the board fills every screen', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
    { width: 1080, height: 1920 },
  ]) {
    it(`${viewport.width}×${viewport.height}: every slide fits, nothing scrolls or is cut off`, async () => {
      const page = await openPage();
      await page.setViewportSize(viewport);
      await page.goto(boardUrl('?interval=600'));
      await waitForSlide(page, 1);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      const count = await slideCount(page);
      expect(count).toBeGreaterThanOrEqual(5);
      const kinds = new Set<string>();
      for (let n = 1; n <= count; n++) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        await waitForSlide(page, n);
        // Wait for images and fonts of the slide, then let the chart lay out.
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.slide.is-current img')].every((img) => img.complete));
        await page.waitForTimeout(150);
        kinds.add(await page.evaluate(() => document.querySelector<HTMLElement>('[data-board]')!.dataset.kind!));
        expect(await layoutProblems(page), `slide ${n}`).toEqual([]);
      }
      expect([...kinds].sort()).toEqual(['case', 'ranking', 'reports', 'summary', 'title']);
      await page.close();
    });
  }
});

describe('the slideshow', () => {
  it('advances by itself within the configured interval and shows progress', async () => {
    const page = await openPage();
    await page.goto(boardUrl('?interval=2'));
    await waitForSlide(page, 1);
    const started = Date.now();
    await waitForSlide(page, 2, 4000);
    const first = Date.now() - started;
    await waitForSlide(page, 3, 4000);
    const second = Date.now() - started - first;
    expect(first).toBeLessThan(3000);
    expect(second).toBeGreaterThan(1500);
    expect(second).toBeLessThan(3000);
    // The progress bar is animating across the interval.
    await page.waitForTimeout(600);
    const scale = await page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('[data-progress]')!).transform).a);
    expect(scale).toBeGreaterThan(0.1);
    expect(scale).toBeLessThan(1);
    expect(await page.textContent('[data-counter]')).toMatch(/^\d+ \/ \d+$/);
    await page.close();
  });

  it('?slide=3 starts on the third slide; → ← PageDown PageUp move and wrap around', async () => {
    const page = await openPage();
    await page.goto(boardUrl('?slide=3&interval=600'));
    await waitForSlide(page, 3);
    expect(await page.textContent('[data-counter]')).toMatch(/^3 \/ /);
    const count = await slideCount(page);
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 4);
    await page.keyboard.press('PageDown');
    await waitForSlide(page, 5);
    await page.keyboard.press('ArrowLeft');
    await waitForSlide(page, 4);
    await page.keyboard.press('PageUp');
    await waitForSlide(page, 3);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await waitForSlide(page, 1);
    await page.keyboard.press('ArrowLeft');
    await waitForSlide(page, count);
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 1);
    expect(await page.evaluate(() => document.querySelectorAll('.slide.is-current').length)).toBe(1);
    await page.close();
  });

  it('space pauses (已暂停 shows, nothing advances) and resumes', async () => {
    const page = await openPage();
    await page.goto(boardUrl('?interval=1'));
    await waitForSlide(page, 1);
    await expect.poll(() => page.isVisible('.board-paused')).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(() => page.isVisible('.board-paused')).toBe(true);
    expect(await page.textContent('.board-paused')).toBe('已暂停');
    const paused = await current(page);
    await page.waitForTimeout(2500);
    expect(await current(page)).toBe(paused);
    await page.keyboard.press('Space');
    await expect.poll(() => page.isVisible('.board-paused')).toBe(false);
    await waitForSlide(page, paused + 1, 3000);
    await page.close();
  });

  it('hides the cursor when the mouse rests', async () => {
    const page = await openPage();
    await page.goto(boardUrl('?interval=600'));
    await waitForSlide(page, 1);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.board')!).cursor)).toBe('none');
    await page.mouse.move(200, 200);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.board')!).cursor)).not.toBe('none');
    await page.close();
  });

  it('ships the board script on the board page only', () => {
    const boardHtml = readFileSync(join(siteDir, 'board', 'index.html'), 'utf8');
    const scripts = [...boardHtml.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0].startsWith(`${siteBase}_assets/`)).toBe(true);
    const file = scripts[0].split('/').pop()!;
    const others = (readdirSync(siteDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('board'));
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(readFileSync(join(siteDir, other), 'utf8')).not.toContain(file);
    // The data is in the page: no request but build-id.json and images is needed.
    expect(boardHtml).toContain('<script type="application/json" id="board-data">');
  });
});

describe('redeploys and an unreachable server', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bangyang-board-'));
    cpSync(siteDir, dir, { recursive: true });
    server = await serveStatic({ dir, base: siteBase });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const idFile = () => join(dir, 'build-id.json');

  it('reloads at the next slide boundary after build-id.json changes', async () => {
    const page = await openPage(new URL(server.url).origin);
    // Log slide changes and the moment the page goes away, across the reload.
    await page.addInitScript(() => {
      const log = (entry: string) => sessionStorage.setItem('board-log', `${sessionStorage.getItem('board-log') ?? ''}${entry}@${Date.now()};`);
      addEventListener('DOMContentLoaded', () => {
        const board = document.querySelector<HTMLElement>('[data-board]')!;
        new MutationObserver(() => log(`slide${board.dataset.current}`)).observe(board, { attributes: true, attributeFilter: ['data-current'] });
      });
      addEventListener('pagehide', () => log('unload'));
    });
    const checks: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('build-id.json')) checks.push(request.url());
    });
    await page.goto(boardUrl('?interval=3&refresh=0.5', server.url));
    await waitForSlide(page, 1);
    await page.evaluate(() => ((window as unknown as { boardMarker: boolean }).boardMarker = true));
    await expect.poll(() => checks.length).toBeGreaterThanOrEqual(2);
    expect(checks[0]).toBe(`${server.url}build-id.json`);
    await page.waitForTimeout(700);
    expect(await page.evaluate(() => (window as unknown as { boardMarker?: boolean }).boardMarker)).toBe(true);

    // Redeploy in the middle of a slide.
    await waitForSlide(page, 2, 5000);
    await page.waitForTimeout(500);
    const original = readFileSync(idFile(), 'utf8');
    writeFileSync(idFile(), JSON.stringify({ id: 'redeployed-0000', base: siteBase }));
    await page.waitForFunction(() => !(window as unknown as { boardMarker?: boolean }).boardMarker, undefined, { timeout: 10_000, polling: 100 });
    await waitForSlide(page, 3);
    // The reload came when slide 2 had had its full time, and the board went on with slide 3.
    const log = await page.evaluate(() => sessionStorage.getItem('board-log')!);
    const events = log.split(';').filter(Boolean).map((e) => e.split('@')) as [string, string][];
    const shown2 = events.findLast(([what]) => what === 'slide2')!;
    const unload = events.find(([what]) => what === 'unload')!;
    const shownFor = Number(unload[1]) - Number(shown2[1]);
    expect(shownFor).toBeGreaterThan(2500);
    expect(shownFor).toBeLessThan(4000);
    expect(new URL(page.url()).searchParams.get('slide')).toBe('3');
    writeFileSync(idFile(), original);
    await page.close();
  });

  it('keeps showing the slides when build-id.json cannot be fetched, with only a quiet offline dot', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(boardUrl('?interval=1&refresh=0.5', server.url));
    await waitForSlide(page, 1);
    const original = readFileSync(idFile(), 'utf8');
    rmSync(idFile());
    await page.waitForSelector('.board.is-offline', { timeout: 5000 });
    const before = await current(page);
    await waitForSlide(page, before + 1, 3000);
    expect(await page.isVisible('.board-offline')).toBe(true);
    writeFileSync(idFile(), original);
    await page.waitForSelector('.board:not(.is-offline)', { timeout: 5000 });
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type)).toBe('navigate');
    await page.close();
  });
});

describe('running for days', () => {
  it('500 slide changes at a very short interval keep the heap, DOM and listeners flat', async () => {
    const page = await openPage();
    await page.goto(boardUrl('?interval=0.05&refresh=600'));
    await page.waitForSelector('.board.is-running');
    await page.evaluate(() => {
      const w = window as unknown as { boardChanges: number };
      w.boardChanges = 0;
      const board = document.querySelector<HTMLElement>('[data-board]')!;
      new MutationObserver(() => w.boardChanges++).observe(board, { attributes: true, attributeFilter: ['data-current'] });
    });
    const changes = () => page.evaluate(() => (window as unknown as { boardChanges: number }).boardChanges);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), listeners: get('JSEventListeners') };
    };
    // Warm up: one full round, so every slide and the chart have been built once.
    await page.waitForFunction(() => (window as unknown as { boardChanges: number }).boardChanges >= 30, undefined, { timeout: 30_000 });
    const first = await measure();
    const from = await changes();
    await page.waitForFunction((target) => (window as unknown as { boardChanges: number }).boardChanges >= target, from + 500, { timeout: 280_000, polling: 500 });
    const last = await measure();
    console.info(`board after 500 slide changes: heap ${(first.heap / 1e6).toFixed(2)} → ${(last.heap / 1e6).toFixed(2)} MB, DOM nodes ${first.nodes} → ${last.nodes}, listeners ${first.listeners} → ${last.listeners}`);
    expect(await changes()).toBeGreaterThanOrEqual(from + 500);
    expect(last.heap, `heap ${first.heap} → ${last.heap}`).toBeLessThan(Math.max(first.heap * 1.2, first.heap + 2 * 1024 * 1024));
    expect(last.nodes, `DOM nodes ${first.nodes} → ${last.nodes}`).toBeLessThanOrEqual(first.nodes + 20);
    expect(last.listeners, `listeners ${first.listeners} → ${last.listeners}`).toBeLessThanOrEqual(first.listeners + 5);
    await cdp.detach();
    await page.close();
    // 500 changes take ~25 s on an idle machine; a busy CI box may need several times that.
  }, 300_000);
});

describe('self-contained', () => {
  it('logged no console errors and made no request to another host', () => {
    expect(consoleErrors).toEqual([]);
    expect(offsiteRequests).toEqual([]);
  });
});
