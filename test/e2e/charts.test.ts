/**
 * Charts and downloads of the built sample in a real browser: every canvas on the stage, unit and
 * home pages draws when scrolled into view; every chart's table (and the CSV/JSON downloads) holds
 * exactly the derived results, computed here from the content with src/results; the tables and
 * summaries are there without JavaScript and in print; chart code stays off pages without charts
 * and within its size budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/check/index.ts';
import type { Scoring } from '../../src/model/scoring.ts';
import { computeStageResults, type StageResults } from '../../src/results/stage-results.ts';
import { compareStages, unitTrend } from '../../src/results/trend.ts';
import { launchBrowser, watchPage, type BrowserContext, type Page } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const origin = new URL(siteUrl).origin;
const url = (path: string) => new URL(path, siteUrl).href;

// ---- What the pages must show, derived from the content alone -------------------------------

const { content } = checkContent('content');
const unitName = (id: string) => content.units.find((u) => u.id === id)?.name ?? id;
/** Archived stages are computed with the scheme recorded in their archive manifest. */
function scoringOf(stage: string): Scoring {
  const manifest = join(content.dir, 'archive', `${stage}.json`);
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).scoring as Scoring;
  return content.scoring!;
}
const stages = [...content.stages]
  .sort((a, b) => a.data.order - b.data.order)
  .map((entry) => {
    const scores = content.scores.find((s) => s.stage === entry.id);
    const scoring = scoringOf(entry.id);
    const results = scores ? computeStageResults(scoring, scores.rows.map(({ unit, scores: values, note }) => ({ unit, scores: values, note }))) : undefined;
    return { id: entry.id, title: entry.data.title, order: entry.data.order, scoring, results };
  });
const assessed = stages.filter((s): s is typeof s & { results: StageResults } => Boolean(s.results));
const trendOf = (unit: string) => unitTrend(unit, assessed);
const assessedUnits = content.units.filter((u) => trendOf(u.id).length > 0);

const num = (text: string) => Number(text.replace('−', '-').replace(/[%+]/g, ''));

// ---- Browser helpers ---------------------------------------------------------------------------

interface TableData {
  caption: string;
  head: string[];
  rows: string[][];
  rowHeaders: string[];
  foot?: string[];
}

let browser: BrowserContext;
let close: () => Promise<void>;
let noScript: BrowserContext;
let closeNoScript: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
  ({ browser: noScript, close: closeNoScript } = await launchBrowser({ javaScriptEnabled: false }));
});
afterAll(async () => {
  await close?.();
  await closeNoScript?.();
});

async function open(path: string): Promise<{ page: Page; consoleErrors: string[]; offsiteRequests: string[] }> {
  const page = await browser.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { consoleErrors: all, offsiteRequests } = watchPage(page, origin);
  // Images and icons belong to other parts of the site (site.test.ts); here: scripts, data, errors.
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && /\.(js|mjs|json|csv)$/.test(new URL(response.url()).pathname)) failed.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto(url(path));
  expect(response?.status(), `${path} should exist`).toBe(200);
  return {
    page,
    get consoleErrors() {
      return [...failed, ...all.filter((message) => !message.includes('Failed to load resource'))];
    },
    offsiteRequests,
  };
}

/** Scrolls every chart into view, waits for it to draw and returns the share of painted pixels per chart kind. */
async function drawAll(page: Page): Promise<Record<string, number>> {
  const painted: Record<string, number> = {};
  for (const figure of await page.locator('figure.chart-figure').all()) {
    const kind = (await figure.getAttribute('data-chart-kind'))!;
    await figure.locator('canvas').scrollIntoViewIfNeeded();
    await figure.locator('bangyang-chart[data-state="drawn"]').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(150);
    painted[kind] = await figure.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { width, height } = canvas;
      if (!width || !height) return 0;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
      let count = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) count++;
      return count / (width * height);
    });
  }
  return painted;
}

async function tableOf(page: Page, kind: string, which: 'static' | 'details' = 'static'): Promise<TableData> {
  const selector = `figure[data-chart-kind="${kind}"] ${which === 'static' ? '.chart-data-static' : 'details.chart-data'} table`;
  return page.locator(selector).evaluate((table: HTMLTableElement) => {
    const cells = (row: HTMLTableRowElement) => [...row.cells].map((cell) => (cell.textContent ?? '').trim());
    return {
      caption: (table.caption?.textContent ?? '').trim(),
      head: [...table.tHead!.rows[0].cells].map((cell) => `${cell.getAttribute('scope')}:${(cell.textContent ?? '').trim()}`),
      rows: [...table.tBodies[0].rows].map(cells),
      rowHeaders: [...table.tBodies[0].rows].map((row) => (row.querySelector('th[scope="row"]')?.textContent ?? '').trim()),
      foot: table.tFoot ? cells(table.tFoot.rows[0]) : undefined,
    };
  });
}

async function summaries(page: Page): Promise<Record<string, { text: string; label: string | null; role: string | null }>> {
  const out: Record<string, { text: string; label: string | null; role: string | null }> = {};
  for (const figure of await page.locator('figure.chart-figure').all()) {
    const kind = (await figure.getAttribute('data-chart-kind'))!;
    out[kind] = {
      text: (await figure.locator('.chart-summary').textContent()) ?? '',
      label: await figure.locator('canvas').getAttribute('aria-label'),
      role: await figure.locator('canvas').getAttribute('role'),
    };
  }
  return out;
}

// ---- Stage pages ---------------------------------------------------------------------------------

describe('stage page charts', () => {
  for (const [index, stage] of assessed.entries()) {
    const previous = assessed[index - 1];
    it(`${stage.id}: every chart draws and its table holds the derived results`, async () => {
      const { page, consoleErrors, offsiteRequests } = await open(`stages/${encodeURIComponent(stage.id)}/`);
      const kinds = ['ranking', 'indicators', 'grades', ...(previous ? ['comparison'] : [])];
      expect(await page.locator('figure.chart-figure').evaluateAll((figures) => figures.map((f) => f.getAttribute('data-chart-kind')))).toEqual(kinds);

      const painted = await drawAll(page);
      for (const kind of kinds) expect(painted[kind], `${kind} canvas is painted`).toBeGreaterThan(0.02);

      const text = await summaries(page);
      for (const kind of kinds) {
        expect(text[kind].text.length, `${kind} has a summary`).toBeGreaterThan(8);
        expect(text[kind].label).toBe(text[kind].text);
        expect(text[kind].role).toBe('img');
      }
      const leaders = stage.results.rows.filter((r) => r.rank === 1).map((r) => unitName(r.unit));
      expect(text.ranking.text.startsWith(leaders.join('、'))).toBe(true);

      const { rows } = stage.results;
      const ranking = await tableOf(page, 'ranking');
      expect(ranking.head).toEqual(['col:名次', 'col:单位', 'col:总分', 'col:等级']);
      expect(ranking.rowHeaders).toEqual(rows.map((r) => unitName(r.unit)));
      expect(ranking.rows.map((r) => [num(r[0]), r[1], num(r[2]), r[3]])).toEqual(rows.map((r) => [r.rank, unitName(r.unit), r.total, r.grade]));
      expect(num(ranking.foot![2])).toBe(stage.results.averageTotal);
      expect(await tableOf(page, 'ranking', 'details')).toEqual(ranking);

      const indicators = await tableOf(page, 'indicators');
      const ids = stage.scoring.indicators.map((i) => i.id);
      expect(indicators.rows.map((r) => [r[1], ...r.slice(2, 2 + ids.length).map(num), num(r[2 + ids.length])])).toEqual(
        rows.map((r) => [unitName(r.unit), ...ids.map((id) => r.scores[id]), r.total]),
      );
      expect(indicators.foot!.slice(2, 2 + ids.length).map(num)).toEqual(stage.results.indicatorAverages.map((a) => a.average));

      const grades = await tableOf(page, 'grades');
      expect(grades.rows.map((r) => [r[0], num(r[2])])).toEqual(stage.results.gradeCounts.map((g) => [g.grade, g.count]));

      if (previous) {
        const comparison = await tableOf(page, 'comparison');
        const expected = compareStages(previous.results, stage.results);
        const byName = new Map(comparison.rows.map((r) => [r[0], r]));
        expect(comparison.rows).toHaveLength(expected.length);
        for (const m of expected) {
          const row = byName.get(unitName(m.unit))!;
          expect([num(row[1]), num(row[2]), num(row[4]), num(row[5])]).toEqual([m.previousRank, m.rank, m.previousTotal, m.total]);
        }
        // Biggest climbers first.
        const deltas = comparison.rows.map((r) => num(r[1]) - num(r[2]));
        expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
      }

      // The same numbers as the stage's JSON download.
      const json = await (await page.request.get(url(`stages/${encodeURIComponent(stage.id)}/results.json`))).json();
      expect(ranking.rows.map((r) => num(r[2]))).toEqual(json.rows.map((r: { total: number }) => r.total));

      expect(consoleErrors).toEqual([]);
      expect(offsiteRequests).toEqual([]);
      await page.close();
    });
  }

  it('shows a tooltip with the exact values on hover and cleans up when a chart is removed', async () => {
    const stage = assessed.at(-1)!;
    const { page, consoleErrors } = await open(`stages/${encodeURIComponent(stage.id)}/`);
    await drawAll(page);
    const canvas = page.locator('figure[data-chart-kind="ranking"] canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    // Sweep down the top of the plot: the first bar's tooltip names the leader with its exact values.
    const tip = page.locator('figure[data-chart-kind="ranking"] .chart-tip');
    const seen = new Set<string>();
    for (let share = 0.04; share < 0.3; share += 0.02) {
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * share);
      if (await tip.isVisible()) seen.add((await tip.textContent()) ?? '');
    }
    const first = stage.results.rows[0];
    const leader = [...seen].find((text) => text.startsWith(`第1名 ${unitName(first.unit)}`));
    expect(leader, [...seen].join(' | ')).toBeDefined();
    for (const indicator of stage.scoring.indicators) expect(leader).toContain(`${indicator.name} ${first.scores[indicator.id].toFixed(1)} / ${indicator.max}`);
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });

    // Removing the element destroys the chart and its tooltip; putting it back draws it again.
    const state = await page.evaluate(async () => {
      const element = document.querySelector('figure[data-chart-kind="ranking"] bangyang-chart') as HTMLElement;
      const parent = element.parentElement!;
      element.remove();
      const afterRemove = { state: element.dataset.state ?? null, tips: element.querySelectorAll('.chart-tip').length };
      parent.append(element);
      element.scrollIntoView();
      for (let i = 0; i < 100 && element.dataset.state !== 'drawn'; i++) await new Promise((r) => setTimeout(r, 50));
      return { afterRemove, redrawn: element.dataset.state };
    });
    expect(state).toEqual({ afterRemove: { state: null, tips: 0 }, redrawn: 'drawn' });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

// ---- Unit pages and home ---------------------------------------------------------------------

describe('unit page charts', () => {
  it('every assessed unit: trend and profile draw and their tables hold the derived results', async () => {
    expect(assessedUnits.length).toBeGreaterThan(0);
    for (const unit of assessedUnits) {
      const { page, consoleErrors, offsiteRequests } = await open(`units/${encodeURIComponent(unit.id)}/`);
      const painted = await drawAll(page);
      expect(Object.keys(painted)).toEqual(['trend', 'profile']);
      for (const [kind, share] of Object.entries(painted)) expect(share, `${unit.id} ${kind} painted`).toBeGreaterThan(0.01);

      const trend = trendOf(unit.id);
      const trendTable = await tableOf(page, 'trend');
      expect(trendTable.rows.map((r) => [r[0], num(r[1]), r[2], r[3], num(r[4])])).toEqual(trend.map((p) => [p.title, p.total, p.grade, `${p.rank}/${p.of}`, p.averageTotal]));

      const last = trend.at(-1)!;
      const stage = assessed.find((s) => s.id === last.stage)!;
      const row = stage.results.rows.find((r) => r.unit === unit.id)!;
      const profile = await tableOf(page, 'profile');
      expect(profile.rows.map((r) => [r[0], num(r[2]), num(r[4])])).toEqual(stage.results.indicatorAverages.map((a) => [a.name, row.scores[a.id], a.average]));

      const text = await summaries(page);
      expect(text.trend.text.startsWith(unit.name)).toBe(true);
      expect(text.trend.label).toBe(text.trend.text);
      expect(consoleErrors).toEqual([]);
      expect(offsiteRequests).toEqual([]);
      await page.close();
    }
  });
});

describe('home overview chart', () => {
  it('draws and tabulates every stage average and grade counts', async () => {
    const { page, consoleErrors } = await open('');
    const painted = await drawAll(page);
    expect(painted.overview).toBeGreaterThan(0.02);
    const table = await tableOf(page, 'overview');
    expect(table.rows.map((r) => [r[0], num(r[1]), num(r[2]), ...r.slice(3).map(num)])).toEqual(
      assessed.map((s) => [s.title, s.results.rows.length, s.results.averageTotal, ...s.results.gradeCounts.map((g) => g.count)]),
    );
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

// ---- Without JavaScript, in print, and where charts do not belong ---------------------------

describe('charts read without JavaScript and in print', () => {
  const pages = () => [`stages/${encodeURIComponent(assessed.at(-1)!.id)}/`, `units/${encodeURIComponent(assessedUnits[0].id)}/`, ''];

  it('shows every table and summary, and no empty canvas, with JavaScript off', async () => {
    for (const path of pages()) {
      const page = await noScript.newPage();
      await page.goto(url(path));
      const figures = await page.locator('figure.chart-figure').all();
      expect(figures.length, path).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(await figure.locator('.chart-summary').isVisible()).toBe(true);
        expect(await figure.locator('.chart-data-static table').isVisible()).toBe(true);
        expect(await figure.locator('.chart-data-static table tbody tr').count()).toBeGreaterThan(0);
        expect(await figure.locator('bangyang-chart').isVisible()).toBe(false);
        expect(await figure.locator('details.chart-data').isVisible()).toBe(false);
      }
      await page.close();
    }
  });

  it('prints the tables instead of the canvases', async () => {
    for (const path of pages()) {
      const { page } = await open(path);
      await page.emulateMedia({ media: 'print' });
      for (const figure of await page.locator('figure.chart-figure').all()) {
        expect(await figure.locator('.chart-data-static table').isVisible()).toBe(true);
        expect(await figure.locator('canvas').isVisible()).toBe(false);
      }
      await page.emulateMedia({ media: 'screen' });
      for (const figure of await page.locator('figure.chart-figure').all()) expect(await figure.locator('.chart-data-static').isVisible()).toBe(false);
      await page.close();
    }
  });

  it('loads no chart code on a page without charts, and at most 60 KB gzip on a chart page', async () => {
    const report = content.reports.find((r) => !r.data.draft)!;
    const { page } = await open(`reports/${encodeURIComponent(report.id)}/`);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => customElements.get('bangyang-chart') === undefined)).toBe(true);
    expect(await page.locator('bangyang-chart').count()).toBe(0);
    await page.close();

    const stage = await open(`stages/${encodeURIComponent(assessed.at(-1)!.id)}/`);
    await drawAll(stage.page);
    const scripts: string[] = await stage.page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name).filter((name) => name.endsWith('.js')),
    );
    // Every script the page loaded once all its charts were drawn (they are all chart code here).
    const bytes = scripts.reduce((sum, script) => sum + gzipSync(readFileSync(join(siteDir, decodeURIComponent(new URL(script).pathname.replace(new URL(siteUrl).pathname, ''))))).length, 0);
    expect(bytes).toBeGreaterThan(30_000);
    expect(bytes).toBeLessThanOrEqual(60 * 1024);
    await stage.page.close();
  });
});

// ---- Downloads -----------------------------------------------------------------------------------

describe('downloads', () => {
  for (const stage of assessed) {
    it(`${stage.id}: results.csv (BOM, CRLF) and results.json parse back to the derived results`, async () => {
      const base = `stages/${encodeURIComponent(stage.id)}/`;
      const csvBytes = Buffer.from(await (await fetch(url(`${base}results.csv`))).arrayBuffer());
      expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = csvBytes.toString('utf8');
      // CRLF only (the sample's notes hold no line breaks of their own).
      expect(/\r(?!\n)|(?<!\r)\n/.test(csv)).toBe(false);
      expect(csv.match(/\r\n/g)).toHaveLength(1 + stage.results.rows.length);
      const [header, ...rows] = parse(csv, { bom: true }) as string[][];
      expect(header).toEqual(['名次', '单位', ...stage.scoring.indicators.map((i) => i.name), '总分', '等级', '备注']);
      const ids = stage.scoring.indicators.map((i) => i.id);
      expect(rows.map((r) => [Number(r[0]), r[1], ...r.slice(2, 2 + ids.length).map(Number), Number(r[2 + ids.length]), r[3 + ids.length], r[4 + ids.length]])).toEqual(
        stage.results.rows.map((r) => [r.rank, unitName(r.unit), ...ids.map((id) => r.scores[id]), r.total, r.grade, r.note ?? '']),
      );

      const json = await (await fetch(url(`${base}results.json`))).json();
      expect(json.stage).toBe(stage.id);
      expect(json.title).toBe(stage.title);
      expect(json.scoring).toEqual({ indicators: stage.scoring.indicators, grades: stage.scoring.grades });
      expect(json.rows.map((r: { unit: string; rank: number; total: number; grade: string; scores: Record<string, number> }) => [r.unit, r.rank, r.total, r.grade, r.scores])).toEqual(
        stage.results.rows.map((r) => [r.unit, r.rank, r.total, r.grade, Object.fromEntries(ids.map((id) => [id, r.scores[id]]))]),
      );
      expect(json.indicatorAverages).toEqual(stage.results.indicatorAverages);
      expect(json.gradeCounts).toEqual(stage.results.gradeCounts);
      expect(json.averageTotal).toBe(stage.results.averageTotal);
    });
  }

  it('stages without results have no downloads', () => {
    for (const stage of stages.filter((s) => !s.results)) expect(existsSync(join(siteDir, 'stages', stage.id, 'results.csv'))).toBe(false);
  });

  it('every assessed unit: history.csv and history.json parse back to its trend', async () => {
    for (const unit of assessedUnits) {
      const base = `units/${encodeURIComponent(unit.id)}/`;
      const bytes = Buffer.from(await (await fetch(url(`${base}history.csv`))).arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parse(bytes.toString('utf8'), { bom: true }) as string[][];
      const totalAt = header.indexOf('总分');
      const trend = trendOf(unit.id);
      expect(rows.map((r) => [r[0], Number(r[totalAt]), r[totalAt + 1], Number(r[totalAt + 2]), Number(r[totalAt + 4])])).toEqual(trend.map((p) => [p.title, p.total, p.grade, p.rank, p.averageTotal]));
      const json = await (await fetch(url(`${base}history.json`))).json();
      expect(json.unit).toBe(unit.id);
      expect(json.stages.map((s: { stage: string; total: number; rank: number }) => [s.stage, s.total, s.rank])).toEqual(trend.map((p) => [p.stage, p.total, p.rank]));
    }
    for (const unit of content.units.filter((u) => !assessedUnits.includes(u))) expect(existsSync(join(siteDir, 'units', unit.id, 'history.csv'))).toBe(false);
  });
});
