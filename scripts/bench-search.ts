// `npm run bench:search -- [--site DIR] [--base /path/] [--corpus DIR] [--queries N] [--seed N]
//   [--cold N] [--baseline N] [--reindex] [--keep] [--json-only]`
//
// Measures the site search in headless Chromium on real pages: recall, precision, index size,
// first-query time and bytes; prints a table, then one JSON line.
//   --site DIR     use this already-built site (served under --base, default /) and its pagefind/
//                  bundle (built here if missing, or with --reindex). Without it, the corpus
//                  Markdown (--corpus, default $BANGYANG_CORPUS or /work/shared/corpus/weekly) is
//                  rendered into minimal pages in a throwaway folder.
//   --queries N    query strings (2-6 consecutive CJK characters drawn from the pages' own text,
//                  seeded by --seed), run through the engine module the UI uses (default 300)
//   --cold N       cold first queries through <bangyang-search>, empty cache each (default 5)
//   --baseline N   plain Pagefind (HTML indexing, zh-CN segmentation) on the first N of the same
//                  queries, plus 3 cold first queries (default 100; 0 skips it)
//   --keep         keep the throwaway folder; BENCH_DEBUG=1 prints each cold run's timings
// Exit: 0 done, 2 usage or environment error.
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { stripTypeScriptTypes } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import * as pagefind from 'pagefind';
import { extractPage } from '../src/search/extract.ts';
import { buildSearchIndex, pageUrl } from '../src/search/index.ts';
import { normalizeText } from '../src/search/phrase.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
// stripTypeScriptTypes (serving src/ to the browser) is experimental in Node 24: keep the output clean
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (w.name !== 'ExperimentalWarning') console.error(w);
});
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function usage(msg: string): never {
  console.error(`error: ${msg}`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      site: { type: 'string' },
      base: { type: 'string', default: '/' },
      corpus: { type: 'string', default: process.env.BANGYANG_CORPUS || '/work/shared/corpus/weekly' },
      queries: { type: 'string', default: '300' },
      seed: { type: 'string', default: '20240601' },
      cold: { type: 'string', default: '5' },
      baseline: { type: 'string', default: '100' },
      reindex: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'json-only': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
}
try {
  args = parse();
} catch (e) {
  usage((e as Error).message);
}
const opt = args.values;
const nQueries = Number(opt.queries);
const nCold = Number(opt.cold);
const nBaseline = Number(opt.baseline);
const seed = Number(opt.seed);
if (![nQueries, nCold, nBaseline, seed].every((n) => Number.isInteger(n) && n >= 0)) usage('--queries, --cold, --baseline and --seed take whole numbers');
let base = opt.base as string;
if (!base.startsWith('/')) base = '/' + base;
if (!base.endsWith('/')) base += '/';
if (!existsSync(CHROMIUM)) usage(`${CHROMIUM} not found (apt-get install chromium fonts-wqy-microhei, or set CHROMIUM_PATH)`);
const log = (...a: unknown[]) => {
  if (!opt['json-only']) console.error(...a);
};

// ---------------------------------------------------------------- the site
const work = await mkdtemp(path.join(os.tmpdir(), 'bangyang-bench-search-'));
process.on('exit', () => {
  if (!opt.keep) rmSync(work, { recursive: true, force: true });
});
let siteDir: string;
if (opt.site) {
  siteDir = path.resolve(opt.site);
  if (!existsSync(siteDir)) usage(`--site ${opt.site} does not exist`);
} else {
  siteDir = path.join(work, 'site');
  await renderCorpus(path.resolve(opt.corpus as string), siteDir);
}

async function renderCorpus(corpus: string, out: string): Promise<void> {
  const dir = existsSync(path.join(corpus, 'reports')) ? path.join(corpus, 'reports') : corpus;
  if (!existsSync(dir)) usage(`corpus ${corpus} not found (--corpus DIR or BANGYANG_CORPUS)`);
  const { createMarkdownProcessor, parseFrontmatter } = await import('@astrojs/markdown-remark');
  const md = await createMarkdownProcessor({ syntaxHighlight: false });
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
  const t0 = Date.now();
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  for (const f of files) {
    const { frontmatter, content } = parseFrontmatter(await readFile(path.join(dir, f), 'utf8'));
    const { code } = await md.render(content);
    const title = String(frontmatter.title ?? f.replace(/\.md$/, ''));
    const date = frontmatter.date ? new Date(String(frontmatter.date)) : null;
    const filters = date && !Number.isNaN(date.getTime()) ? { year: [String(date.getUTCFullYear())] } : {};
    const html =
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>` +
      `<nav><a href="${base}">首页</a></nav>` +
      `<main data-search-type="report" data-search-title="${esc(title)}" data-search-filters="${esc(JSON.stringify(filters))}">` +
      `<h1>${esc(title)}</h1>${code}</main></body></html>`;
    const pageDir = path.join(out, 'reports', f.replace(/\.md$/, ''));
    await mkdir(pageDir, { recursive: true });
    await writeFile(path.join(pageDir, 'index.html'), html);
  }
  log(`rendered ${files.length} pages in ${Date.now() - t0} ms`);
}

// ---------------------------------------------------------------- the index
const bundleDir = path.join(siteDir, 'pagefind');
let buildMs = 0;
if (!opt.site || opt.reindex || !existsSync(bundleDir)) {
  const t0 = Date.now();
  const r = await buildSearchIndex({ outDir: siteDir, base });
  buildMs = Date.now() - t0;
  log(`indexed ${r.pages} pages in ${buildMs} ms`);
}

async function sizes(dir: string): Promise<{ bytes: number; gzip: number; files: number }> {
  let bytes = 0;
  let gzip = 0;
  let files = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const buf = await readFile(path.join(e.parentPath, e.name));
    bytes += buf.length;
    gzip += Math.min(buf.length, gzipSync(buf, { level: 9 }).length);
    files++;
  }
  return { bytes, gzip, files };
}
const indexSize = await sizes(bundleDir);

// ---------------------------------------------------------------- ground truth
interface TruthPage {
  url: string;
  text: string;
}
const truthPages: TruthPage[] = [];
async function walk(dir: string, rel = ''): Promise<void> {
  for (const e of (await readdir(path.join(dir, rel), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (r !== 'pagefind') await walk(dir, r);
    } else if (e.name.endsWith('.html')) {
      const p = extractPage(await readFile(path.join(dir, r), 'utf8'), r);
      if (p) truthPages.push({ url: pageUrl(r, base), text: normalizeText(p.title) + '\n' + p.text.split('\n').map(normalizeText).join('\n') });
    }
  }
}
await walk(siteDir);
if (!truthPages.length) usage('no page with data-search-type found');

function mulberry32(a: number) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC]+/gu;
interface Query {
  q: string;
  source: string;
  truth: Set<string>;
}
function sampleQueries(n: number): Query[] {
  const rnd = mulberry32(seed);
  const out: Query[] = [];
  let guard = 0;
  while (out.length < n && guard++ < n * 100) {
    const page = truthPages[Math.floor(rnd() * truthPages.length)];
    const len = 2 + Math.floor(rnd() * 5);
    const body = page.text.slice(page.text.indexOf('\n') + 1);
    const runs = [...body.matchAll(CJK_RUN)].map((m) => [...m[0]]).filter((r) => r.length >= len);
    if (!runs.length) continue;
    const weights = runs.map((r) => r.length - len + 1);
    let pick = rnd() * weights.reduce((a, b) => a + b, 0);
    let i = 0;
    while (pick >= weights[i]) pick -= weights[i++];
    const run = runs[Math.min(i, runs.length - 1)];
    const at = Math.floor(rnd() * (run.length - len + 1));
    const q = run.slice(at, at + len).join('');
    const truth = new Set(truthPages.filter((p) => p.text.includes(q)).map((p) => p.url));
    out.push({ q, source: page.url, truth });
  }
  return out;
}
const queries = sampleQueries(nQueries);

// ---------------------------------------------------------------- baseline bundle (plain Pagefind)
const baselineDir = path.join(work, 'baseline');
if (nBaseline > 0) {
  const t0 = Date.now();
  const { index, errors } = await pagefind.createIndex({
    rootSelector: '[data-search-type]',
    excludeSelectors: ['[data-search-ignore]', 'nav', 'script', 'style'],
  });
  if (!index) usage(`pagefind: ${errors.join('; ')}`);
  const htmlFiles: string[] = [];
  for (const e of await readdir(siteDir, { withFileTypes: true, recursive: true })) {
    const rel = path.relative(siteDir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    if (e.isFile() && e.name.endsWith('.html') && !rel.startsWith('pagefind/')) htmlFiles.push(rel);
  }
  for (const rel of htmlFiles.sort()) {
    const html = await readFile(path.join(siteDir, rel), 'utf8');
    if (!html.includes('data-search-type')) continue;
    await index.addHTMLFile({ url: pageUrl(rel, base), content: html });
  }
  await index.writeFiles({ outputPath: path.join(baselineDir, 'pagefind') });
  await pagefind.close();
  log(`baseline indexed in ${Date.now() - t0} ms`);
}
const baselineSize = nBaseline > 0 ? await sizes(path.join(baselineDir, 'pagefind')) : null;

// ---------------------------------------------------------------- client code
// Production bundles src/client/search with Vite (the element, plus a lazy chunk for the rest).
// Here: esbuild with code splitting, the same shape, when it is installed (it comes with Astro);
// otherwise each module is served with its types stripped (slower: a waterfall of requests).
const clientDir = path.join(work, 'client');
let clientMode: 'esbuild' | 'unbundled' = 'unbundled';
const clientSizes: Record<string, number> = {};
try {
  const esbuild = (await import('esbuild' as string)) as {
    build(o: Record<string, unknown>): Promise<{ metafile: { outputs: Record<string, { bytes: number }> } }>;
  };
  const r = await esbuild.build({
    entryPoints: { element: path.join(ROOT, 'src/client/search/search-element.ts'), engine: path.join(ROOT, 'src/client/search/engine.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: clientDir,
    metafile: true,
    logLevel: 'silent',
  });
  for (const [f, o] of Object.entries(r.metafile.outputs)) clientSizes[path.basename(f)] = o.bytes;
  clientMode = 'esbuild';
} catch {
  clientMode = 'unbundled';
}
const elementUrl = clientMode === 'esbuild' ? '/__client/element.js' : '/__src/src/client/search/search-element.ts';
const engineUrl = clientMode === 'esbuild' ? '/__client/engine.js' : '/__src/src/client/search/engine.ts';
log(`search client code: ${clientMode}${clientMode === 'esbuild' ? ' ' + JSON.stringify(clientSizes) : ''}`);

// ---------------------------------------------------------------- server
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.ts': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};
const benchHtml = (head: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>search bench</title>${head}</head><body><main></main></body></html>`;
const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const p = decodeURIComponent(url.pathname);
    let file: string | null = null;
    let body: Buffer | string | null = null;
    if (p === '/__bench/engine.html') {
      body = benchHtml(
        `<script type="module">import { SearchEngine } from '${engineUrl}';` +
          `window.__SearchEngine = SearchEngine; window.__ready = true;</script>`,
      );
    } else if (p === '/__bench/ui.html') {
      body = benchHtml(`<script type="module" src="${elementUrl}"></script>`).replace(
        '<main></main>',
        `<main><bangyang-search data-bundle="${base}pagefind/"></bangyang-search></main>`,
      );
    } else if (p === '/__bench/baseline.html') {
      body = benchHtml('');
    } else if (p.startsWith('/__src/')) {
      file = path.join(ROOT, p.slice('/__src/'.length));
      if (!file.startsWith(ROOT + path.sep) || !existsSync(file)) file = null;
      else if (file.endsWith('.ts')) body = stripTypeScriptTypes(await readFile(file, 'utf8'), { mode: 'strip' });
    } else if (p.startsWith('/__client/')) {
      file = path.join(clientDir, path.basename(p));
    } else if (p.startsWith('/__baseline/')) {
      file = path.join(baselineDir, p.slice('/__baseline/'.length));
    } else if (p.startsWith(base)) {
      file = path.join(siteDir, p.slice(base.length));
    }
    if (body === null && file) {
      if (existsSync(file) && (await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      if (existsSync(file)) body = await readFile(file);
    }
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const ext = p.startsWith('/__bench/') ? '.html' : path.extname(file ?? p);
    res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  } catch (e) {
    res.writeHead(500);
    res.end(String(e));
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

// ---------------------------------------------------------------- browser
const profile = path.join(work, 'profile');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Bytes (encodedDataLength) and count of requests whose URL contains `marker` (and of all). */
async function meter(page: Page, marker: string) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  let bytes = 0;
  let requests = 0;
  let allBytes = 0;
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    allBytes += e.encodedDataLength;
    if ((urls.get(e.requestId) ?? '').includes(marker)) {
      bytes += e.encodedDataLength;
      requests++;
    }
  });
  await cdp.send('Performance.enable');
  return {
    /** seconds of main-thread task time so far (load-independent CPU measure) */
    taskTime: async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    },
    clearCache: () => cdp.send('Network.clearBrowserCache'),
    reset: () => {
      bytes = 0;
      requests = 0;
      allBytes = 0;
    },
    read: () => ({ bytes, requests, allBytes }),
  };
}

interface RunResult {
  top: string[];
  all: string[];
  ms: number;
}
interface Scores {
  queries: number;
  recallAt10: number;
  recallAt10WhenTruthAtMost10: number;
  recallFull: number;
  truthRecall: number;
  precisionAt10: number;
  precisionFull: number;
  shownPerQuery: number;
  over10Pages: number;
  emptyResults: number;
  msMedian: number;
  msP95: number;
}
function score(qs: Query[], rs: RunResult[]): Scores {
  let r10 = 0;
  let r10small = 0;
  let small = 0;
  let rFull = 0;
  let truthHit = 0;
  let truthAll = 0;
  let shown = 0;
  let shownOk = 0;
  let full = 0;
  let fullOk = 0;
  let over10 = 0;
  let empty = 0;
  qs.forEach((q, i) => {
    const r = rs[i];
    if (r.top.includes(q.source)) r10++;
    if (q.truth.size <= 10) {
      small++;
      if (r.top.includes(q.source)) r10small++;
    } else over10++;
    if (r.all.includes(q.source)) rFull++;
    for (const u of q.truth) if (r.all.includes(u)) truthHit++;
    truthAll += q.truth.size;
    shown += r.top.length;
    shownOk += r.top.filter((u) => q.truth.has(u)).length;
    full += r.all.length;
    fullOk += r.all.filter((u) => q.truth.has(u)).length;
    if (!r.all.length) empty++;
  });
  const ms = rs.map((r) => r.ms).sort((a, b) => a - b);
  const n = qs.length || 1;
  return {
    queries: qs.length,
    recallAt10: r10 / n,
    recallAt10WhenTruthAtMost10: small ? r10small / small : 1,
    recallFull: rFull / n,
    truthRecall: truthAll ? truthHit / truthAll : 1,
    precisionAt10: shown ? shownOk / shown : 1,
    precisionFull: full ? fullOk / full : 1,
    shownPerQuery: shown / n,
    over10Pages: over10,
    emptyResults: empty,
    msMedian: ms[Math.floor(ms.length / 2)] ?? 0,
    msP95: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))] ?? 0,
  };
}

const bundleUrl = `${base}pagefind/`;
const BASELINE_DEPTH = 40;

/** Our engine: every query, warm, through the module the UI uses. */
async function runOurs(qs: Query[]): Promise<RunResult[]> {
  const page = await context.newPage();
  await page.goto(`${origin}/__bench/engine.html`);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  await page.evaluate(async (bundle) => {
    const w = window as unknown as Record<string, any>;
    w.__engine = await w.__SearchEngine.load(bundle);
  }, bundleUrl);
  const out: RunResult[] = [];
  for (const q of qs) {
    out.push(
      await page.evaluate(async (text) => {
        const w = window as unknown as Record<string, any>;
        const engine = w.__engine;
        const t0 = performance.now();
        const res = await engine.search(text);
        const first = res.hits.slice(0, 10);
        const ex = await Promise.all(first.map((h: unknown) => engine.excerpt(res.query, h)));
        const ms = performance.now() - t0;
        const top = first.filter((_: unknown, i: number) => ex[i].confirmed).map((h: { page: number }) => engine.info(h.page).url);
        const all = res.hits.map((h: { page: number }) => engine.info(h.page).url);
        return { top, all, ms };
      }, q.q),
    );
  }
  await page.close();
  return out;
}

/** Plain Pagefind (its own zh segmentation), first 10 results' URLs via their fragments. */
async function runBaseline(qs: Query[]): Promise<RunResult[]> {
  const page = await context.newPage();
  await page.goto(`${origin}/__bench/baseline.html`);
  await page.evaluate(async () => {
    const w = window as unknown as Record<string, any>;
    w.__pf = await import('/__baseline/pagefind/pagefind.js' as string);
    await w.__pf.options({ baseUrl: '/', noWorker: true });
    await w.__pf.init();
  });
  const out: RunResult[] = [];
  for (const q of qs) {
    out.push(
      await page.evaluate(async ({ text, depth }) => {
        const pf = (window as unknown as Record<string, any>).__pf;
        const t0 = performance.now();
        const res = await pf.search(text);
        const data = await Promise.all(res.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
        const ms = performance.now() - t0;
        const top = data.map((d: any) => d.raw_url ?? d.url);
        // URLs need fragments: the "full list" of plain Pagefind is cut at BASELINE_DEPTH results
        const rest = await Promise.all(res.results.slice(10, depth).map((r: { data: () => Promise<unknown> }) => r.data()));
        return { top, all: top.concat(rest.map((d: any) => d.raw_url ?? d.url)), ms };
      }, { text: q.q, depth: BASELINE_DEPTH }),
    );
  }
  await page.close();
  return out;
}

interface Cold {
  q: string;
  ms: number;
  /** main-thread busy time during the query (CPU, independent of other load on the machine) */
  cpuMs: number;
  /** until the results were listed (titles, before their excerpts) */
  listedMs?: number;
  /** of ms: loading the search code and the engine (Pagefind module, wasm, metadata, page table) — overlaps typing in real use */
  loadMs?: number;
  /** of ms: after the engine is loaded: search, fragments, excerpts, rendering */
  afterLoadMs?: number;
  bytes: number;
  requests: number;
  allBytes: number;
  total: number;
}

/**
 * Cold page load (empty cache), then the reader focuses <bangyang-search>, enters the query and
 * presses Enter: time from focus (which starts loading the search code and index) until the
 * results and their excerpts are on screen; bytes of every bundle request meanwhile.
 */
async function coldOurs(qs: Query[]): Promise<Cold[]> {
  const out: Cold[] = [];
  for (const q of qs) {
    const page = await context.newPage();
    const m = await meter(page, bundleUrl);
    await m.clearCache();
    await page.goto(`${origin}/__bench/ui.html`);
    await page.waitForFunction(() => customElements.get('bangyang-search') !== undefined);
    const before = m.read();
    if (before.requests) log(`warning: ${before.requests} index requests before the first query`);
    m.reset();
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const el = document.querySelector('bangyang-search') as HTMLElement;
      const input = el.querySelector('input') as HTMLInputElement;
      w.__cold = new Promise((resolve) => {
        let t0 = 0;
        let listedMs = 0;
        input.addEventListener('focus', () => (t0 = performance.now()), { once: true, capture: true });
        el.addEventListener('bangyang-search:listed', () => (listedMs = performance.now() - t0), { once: true });
        el.addEventListener('bangyang-search:results', (e) => resolve({ ...(e as CustomEvent).detail, ms: performance.now() - t0, listedMs }), { once: true });
      });
    });
    const task0 = await m.taskTime();
    await page.fill('bangyang-search input', q.q);
    await page.press('bangyang-search input', 'Enter');
    const r = (await page.evaluate(() => (window as unknown as Record<string, unknown>).__cold)) as {
      ms: number;
      listedMs: number;
      total: number;
      searchMs: number;
      load: { totalMs: number; uiImportMs: number };
    };
    const cpuMs = ((await m.taskTime()) - task0) * 1000;
    await page.waitForTimeout(300); // late responses still count
    if (process.env.BENCH_DEBUG) log(JSON.stringify(r));
    out.push({ q: q.q, ms: r.ms, listedMs: r.listedMs, cpuMs, loadMs: r.load.uiImportMs + r.load.totalMs, afterLoadMs: r.ms - r.load.uiImportMs - r.load.totalMs, total: r.total, ...m.read() });
    await page.close();
  }
  return out;
}

async function coldBaseline(qs: Query[]): Promise<Cold[]> {
  const out: Cold[] = [];
  for (const q of qs) {
    const page = await context.newPage();
    const m = await meter(page, '/__baseline/');
    await m.clearCache();
    await page.goto(`${origin}/__bench/baseline.html`);
    m.reset();
    const task0 = await m.taskTime();
    const r = await page.evaluate(async (text) => {
      const t0 = performance.now();
      const pf = await import('/__baseline/pagefind/pagefind.js' as string);
      await pf.options({ baseUrl: '/', noWorker: true }); // main thread, so CDP sees every fetch
      const res = await pf.search(text);
      await Promise.all(res.results.slice(0, 10).map((x: { data: () => Promise<unknown> }) => x.data()));
      return { ms: performance.now() - t0, total: res.results.length };
    }, q.q);
    const cpuMs = ((await m.taskTime()) - task0) * 1000;
    await page.waitForTimeout(300);
    out.push({ q: q.q, ms: r.ms, cpuMs, total: r.total, ...m.read() });
    await page.close();
  }
  return out;
}

let exitCode = 0;
const report: Record<string, unknown> = {};
try {
  const t0 = Date.now();
  const coldQs = queries.filter((_, i) => i % Math.max(1, Math.floor(queries.length / Math.max(1, nCold))) === 0).slice(0, nCold);
  const cold = await coldOurs(coldQs);
  log(`cold first queries done (${Date.now() - t0} ms)`);
  const ours = score(queries, await runOurs(queries));
  log(`ours: ${queries.length} queries done (${Date.now() - t0} ms)`);
  let baseline: Scores | null = null;
  let baselineCold: Cold[] | null = null;
  if (nBaseline > 0) {
    const bq = queries.slice(0, nBaseline);
    baseline = score(bq, await runBaseline(bq));
    baselineCold = await coldBaseline(coldQs.slice(0, Math.min(3, coldQs.length)));
    log(`baseline: ${bq.length} queries done (${Date.now() - t0} ms)`);
  }
  const med = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const coldSummary = (c: Cold[]) => ({
    runs: c.length,
    msMedian: Math.round(med(c.map((x) => x.ms))),
    msMax: Math.round(Math.max(0, ...c.map((x) => x.ms))),
    listedMsMedian: Math.round(med(c.map((x) => x.listedMs ?? 0))),
    listedMsMax: Math.round(Math.max(0, ...c.map((x) => x.listedMs ?? 0))),
    loadMsMedian: Math.round(med(c.map((x) => x.loadMs ?? 0))),
    afterLoadMsMedian: Math.round(med(c.map((x) => x.afterLoadMs ?? 0))),
    afterLoadMsMax: Math.round(Math.max(0, ...c.map((x) => x.afterLoadMs ?? 0))),
    cpuMsMedian: Math.round(med(c.map((x) => x.cpuMs))),
    cpuMsMax: Math.round(Math.max(0, ...c.map((x) => x.cpuMs))),
    bytesMedian: med(c.map((x) => x.bytes)),
    bytesMax: Math.max(0, ...c.map((x) => x.bytes)),
    requestsMax: Math.max(0, ...c.map((x) => x.requests)),
    allBytesMax: Math.max(0, ...c.map((x) => x.allBytes)),
    detail: c.map((x) => ({ q: x.q, ms: Math.round(x.ms), listedMs: Math.round(x.listedMs ?? 0), loadMs: Math.round(x.loadMs ?? 0), cpuMs: Math.round(x.cpuMs), bytes: x.bytes, requests: x.requests, allBytes: x.allBytes, results: x.total })),
  });
  Object.assign(report, {
    site: opt.site ? siteDir : 'generated from corpus',
    client: { mode: clientMode, bytes: clientSizes },
    pages: truthPages.length,
    seed,
    queryLengths: '2-6 CJK characters',
    loadavg: os.loadavg().map((x) => Math.round(x * 10) / 10),
    cpus: os.cpus().length,
    index: { ...indexSize, buildMs },
    ours: { ...ours, firstQuery: coldSummary(cold) },
    baseline: baseline && { ...baseline, index: baselineSize, firstQuery: coldSummary(baselineCold ?? []) },
  });

  if (!opt['json-only']) {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
    const rows: [string, string, string][] = [
      ['queries', String(ours.queries), baseline ? String(baseline.queries) : '-'],
      ['  of which string on >10 pages', String(ours.over10Pages), baseline ? String(baseline.over10Pages) : '-'],
      ['recall@10 (source page in first 10)', pct(ours.recallAt10), baseline ? pct(baseline.recallAt10) : '-'],
      ['recall@10, strings on <=10 pages', pct(ours.recallAt10WhenTruthAtMost10), baseline ? pct(baseline.recallAt10WhenTruthAtMost10) : '-'],
      ['recall, full result list (source page)', pct(ours.recallFull), baseline ? pct(baseline.recallFull) + ` (first ${BASELINE_DEPTH})` : '-'],
      ['recall of all pages holding the string', pct(ours.truthRecall), baseline ? pct(baseline.truthRecall) + ` (first ${BASELINE_DEPTH})` : '-'],
      ['precision (first 10 shown)', pct(ours.precisionAt10), baseline ? pct(baseline.precisionAt10) : '-'],
      ['precision (full result list)', pct(ours.precisionFull), baseline ? pct(baseline.precisionFull) + ` (first ${BASELINE_DEPTH})` : '-'],
      ['results shown per query', ours.shownPerQuery.toFixed(2), baseline ? baseline.shownPerQuery.toFixed(2) : '-'],
      ['query ms, warm (median / p95)', `${ours.msMedian.toFixed(0)} / ${ours.msP95.toFixed(0)}`, baseline ? `${baseline.msMedian.toFixed(0)} / ${baseline.msP95.toFixed(0)}` : '-'],
      ['first query ms, cold (median / max)', `${coldSummary(cold).msMedian} / ${coldSummary(cold).msMax}`, baselineCold ? `${coldSummary(baselineCold).msMedian} / ${coldSummary(baselineCold).msMax}` : '-'],
      ['  results listed, before excerpts (med / max)', `${coldSummary(cold).listedMsMedian} / ${coldSummary(cold).listedMsMax}`, '-'],
      ['  of which after the engine loaded (med / max)', `${coldSummary(cold).afterLoadMsMedian} / ${coldSummary(cold).afterLoadMsMax}`, '-'],
      ['first query main-thread CPU ms (median / max)', `${coldSummary(cold).cpuMsMedian} / ${coldSummary(cold).cpuMsMax}`, baselineCold ? `${coldSummary(baselineCold).cpuMsMedian} / ${coldSummary(baselineCold).cpuMsMax}` : '-'],
      ['first query bytes (median / max)', `${kb(coldSummary(cold).bytesMedian)} / ${kb(coldSummary(cold).bytesMax)}`, baselineCold ? `${kb(coldSummary(baselineCold).bytesMedian)} / ${kb(coldSummary(baselineCold).bytesMax)}` : '-'],
      ['index on disk (bytes / gzip)', `${kb(indexSize.bytes)} / ${kb(indexSize.gzip)}`, baselineSize ? `${kb(baselineSize.bytes)} / ${kb(baselineSize.gzip)}` : '-'],
    ];
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(8, ...rows.map((r) => r[1].length));
    console.log(`\n${'metric'.padEnd(w0)}  ${'bangyang'.padEnd(w1)}  plain pagefind`);
    for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
    console.log('\nfirst queries (cold):');
    for (const d of coldSummary(cold).detail) console.log(`  ${d.q}  ${d.ms} ms (listed ${d.listedMs}, engine load ${d.loadMs} ms; CPU ${d.cpuMs} ms)  ${kb(d.bytes)} in ${d.requests} index requests (${kb(d.allBytes)} with search code)  ${d.results} results`);
    console.log('');
  }
  console.log(JSON.stringify(report));
} catch (e) {
  console.error(e);
  exitCode = 2;
} finally {
  await context.close();
  server.close();
  if (opt.keep) log(`kept ${work}`);
}
process.exit(exitCode);
