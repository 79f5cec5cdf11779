import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sha256Of } from '../../src/archive/manifest.ts';
import { launchBrowser, type BrowserContext } from '../support/browser.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const archived = ['2009-zhidu', '2010-zuofeng'];

let browser: BrowserContext;
let close: () => Promise<void>;
let work: string;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
  work = mkdtempSync(join(tmpdir(), 'bangyang-archive-e2e-'));
});
afterAll(async () => {
  await close?.();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Unzip a stage's bundle into its own folder, as a receiver would. */
function unpack(stage: string): { dir: string; files: Record<string, Uint8Array> } {
  const files = unzipSync(readFileSync(join(siteDir, 'stages', stage, 'archive.zip')));
  const dir = join(work, stage);
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return { dir, files };
}

describe('stage archive bundles of the sample', () => {
  it('exist for the archived stages only and are served by the site', async () => {
    for (const stage of archived) expect(existsSync(join(siteDir, 'stages', stage, 'archive.zip'))).toBe(true);
    expect(existsSync(join(siteDir, 'stages', '2011-zhiliang', 'archive.zip'))).toBe(false);
    const response = await fetch(`${siteUrl}stages/2009-zhidu/archive.zip`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(siteDir, 'stages/2009-zhidu/archive.zip')))).toBe(true);
  });

  for (const stage of archived) {
    it(`${stage}: the HTML opens from disk with no request but itself and shows the archived totals`, async () => {
      const { dir, files } = unpack(stage);
      expect(Object.keys(files).sort()).toEqual(['SHA256SUMS', `${stage}.html`, 'manifest.json', 'results.csv', 'results.json'].sort());
      const url = pathToFileURL(join(dir, `${stage}.html`)).href;
      const page = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300);

      const json = JSON.parse(strFromU8(files['results.json'])) as { results: { unit: string; name: string; total: number; grade: string; rank: number }[] };
      const shown = await page.$$eval('#results-table tbody tr', (rows) =>
        rows.map((row) => ({
          unit: (row as HTMLElement).dataset.unit,
          name: row.querySelector('th')!.textContent,
          total: Number((row.querySelector('.total') as HTMLElement).dataset.total),
          text: row.querySelector('.total')!.textContent,
          grade: row.querySelector('.grade')!.textContent,
        })),
      );
      expect(shown.map(({ unit, name, total, grade }) => ({ unit, name, total, grade }))).toEqual(json.results.map(({ unit, name, total, grade }) => ({ unit, name, total, grade })));
      for (const row of shown) expect(Number(row.text)).toBe(row.total);
      // The same totals as the record kept in the content's manifest.
      const manifest = JSON.parse(readFileSync(join(root, 'content/archive', `${stage}.json`), 'utf8')) as { results: { unit: string; total: number }[] };
      expect(shown.map((r) => [r.unit, r.total])).toEqual(manifest.results.map((r) => [r.unit, r.total]));

      expect(await page.locator('h1').textContent()).toBeTruthy();
      expect(await page.locator('svg[role="img"] rect').count()).toBe(json.results.length);
      expect(await page.locator('text=已归档').count()).toBeGreaterThan(0);
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`${stage}: SHA256SUMS and the manifest's checksums verify`, () => {
      const { dir, files } = unpack(stage);
      const lines = strFromU8(files.SHA256SUMS).trimEnd().split('\n');
      expect(lines.map((l) => l.split('  ')[1])).toEqual(Object.keys(files).filter((n) => n !== 'SHA256SUMS').sort());
      for (const line of lines) {
        const [hash, name] = line.split('  ');
        expect(sha256Of(files[name])).toBe(hash);
      }
      const tool = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
      if (!tool.error) expect(tool.status, tool.stdout + tool.stderr).toBe(0);

      // The manifest in the bundle is the content's manifest, and its hashes are the sample's files.
      expect(Buffer.from(files['manifest.json']).equals(readFileSync(join(root, 'content/archive', `${stage}.json`)))).toBe(true);
      const manifest = JSON.parse(strFromU8(files['manifest.json'])) as { stage: string; files: Record<'summary' | 'scores', { path: string; sha256: string }> };
      expect(manifest.stage).toBe(stage);
      for (const file of Object.values(manifest.files)) expect(sha256Of(readFileSync(join(root, 'content', file.path)))).toBe(file.sha256);

      const csv = files['results.csv'];
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    });
  }

  it('the stage page shows the archive status and links the bundle under the base path', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}stages/2009-zhidu/`);
    const status = page.locator('.archive-status');
    await expect.poll(() => status.count()).toBe(1);
    expect(await status.textContent()).toContain('已核验');
    expect(await status.textContent()).toContain('2010年1月15日');
    const href = await status.locator('a[href$="archive.zip"]').getAttribute('href');
    expect(href).toBe(`${inject('siteBase')}stages/2009-zhidu/archive.zip`);
    await page.close();
  });
});
