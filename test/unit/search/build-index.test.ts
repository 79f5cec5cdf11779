// buildSearchIndex on a tiny generated site, with the real Pagefind, and the engine searching the
// written bundle the way the browser does (Pagefind's own pagefind.js, served over HTTP).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/client/search/engine.ts';
import { indexLanguages, openIndex, type PagefindModule } from '../../../src/client/search/pagefind-start.ts';
import { extractPage, SearchContractError } from '../../../src/search/extract.ts';
import { buildSearchIndex, pageUrl } from '../../../src/search/index.ts';
import type { PageTable } from '../../../src/search/page-table.ts';
import { readFragment, readPageTable } from '../../support/search-bundle.ts';

const page = (main: string, title = '测试页') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title} - 榜样</title></head>` +
  `<body><nav>首页 导航督办台账</nav>${main}<footer>页脚文字</footer></body></html>`;

const FILES: Record<string, string> = {
  'index.html': page('<main><p>首页不进索引：督办台账</p></main>'),
  'reports/duban/index.html': page(
    `<main data-search-type="report" data-search-title="建立督办台账" data-search-filters='{"unit":["秘书一处"],"stage":["作风建设年"],"year":["2011"]}'>` +
      `<h1>建立督办台账</h1><p>各处室要建立<b>督办</b>台账，逐项销号。</p><p>本周 GitHub 仓库迁移。</p>` +
      `<aside data-search-ignore><p>相关阅读：考核办法全文</p></aside><script>var 脚本文字 = 1;</script>` +
      `<style>.样式{}</style><p>考核</p><p>办法另行通知。</p></main>`,
  ),
  'cases/model/index.html': page(
    `<article data-search-type="case" data-search-title="窗口服务标兵" data-search-filters='{"unit":["秘书二处"],"year":["2012"]}'>` +
      `<h2>事迹</h2><p>她把台账督办落到实处，公务员考核办法熟记于心。API 2011</p></article>`,
    '窗口服务标兵',
  ),
  'units/a.html': page(`<main data-search-type="unit"><p>秘书一处负责督办工作。</p></main>`, '秘书一处'),
};

let dir: string;
let dir2: string;
let many: string;
let server: http.Server;
let engine: SearchEngine;
let manyEngine: SearchEngine;
let result: { pages: number };

function writeSite(root: string) {
  for (const [rel, html] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), html);
  }
}

function files(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.set(path.relative(root, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name)));
  }
  return out;
}


/** The records holding some section of each page (by page number). */
const recordsOfPage = (table: PageTable) =>
  table.pages.map((_, page) => table.records.filter(([, ...flat]) => flat.some((v, i) => i % 3 === 0 && v === page)).map((r) => r[0]));

/** Every fragment of the bundle, by name. */
const fragments = (root: string) =>
  readdirSync(path.join(root, 'pagefind', 'fragment'))
    .sort()
    .map((f) => readFragment(root, f.replace(/\.pf_fragment$/, '')));

/** Many small pages, each with a phrase of its own (编号7的 is on page 7 only: whole words). */
const MANY = 24;
/**
 * Characters that whitespace splitting, normalization or Pagefind could count apart from us: if
 * one did, every page packed after this one would be off (the word counts below would show it).
 */
const ODD_TEXT = '甲\u00a0乙\u3000丙\u2028丁\u0085戊\ufeff己\u200b庚\u00ad辛\t😀e\u0301 ___PAGEFIND_WEIGHT___2 a-b_c ＡＰＩ①';
function writeManyPages(root: string) {
  const write = (rel: string, main: string) => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page(main));
  };
  for (let n = 0; n < MANY; n++) {
    write(`reports/n${String(n).padStart(2, '0')}/index.html`, `<main data-search-type="report" data-search-title="第${n}页"><p>编号${n}的督办事项已经办结。</p></main>`);
  }
  for (const n of [5, 11, 17]) write(`reports/n${n}x/index.html`, `<main data-search-type="report" data-search-title="奇"><p>奇</p><p>${ODD_TEXT}</p></main>`);
}

/** An engine over the bundle in `root`, served under /<prefix>/, loaded the way the browser does. */
async function openEngine(root: string, prefix: string): Promise<SearchEngine> {
  const bundle = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${prefix}/pagefind/`;
  const copy = path.join(root, 'pagefind-module.mjs');
  cpSync(path.join(root, 'pagefind', 'pagefind.js'), copy);
  // a module per index part, as the browser imports them (pagefind-start.ts)
  const load = (part: number) => import(/* @vite-ignore */ `${pathToFileURL(copy).href}?part=${part}`) as Promise<PagefindModule>;
  const languages = await indexLanguages(await fetch(bundle + 'pagefind-entry.json'));
  const modules = await Promise.all(languages.map((_, i) => load(i)));
  // Pagefind and openIndex read an instance's language from <html lang>, as in the browser
  let lang: string | null = 'zh-CN';
  const html = { getAttribute: () => lang, setAttribute: (_: string, v: string) => void (lang = v), removeAttribute: () => void (lang = null) };
  (globalThis as { document?: unknown }).document = { querySelector: () => html };
  let pf: Awaited<ReturnType<typeof openIndex>>;
  try {
    pf = await openIndex(modules, bundle, languages);
  } finally {
    delete (globalThis as { document?: unknown }).document;
  }
  expect(lang).toBe('zh-CN');
  return SearchEngine.fromParts(pf, readPageTable(root), bundle);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bangyang-search-test-'));
  dir2 = mkdtempSync(path.join(os.tmpdir(), 'bangyang-search-test-'));
  many = mkdtempSync(path.join(os.tmpdir(), 'bangyang-search-test-'));
  writeSite(dir);
  writeSite(dir2);
  writeManyPages(many);
  // two index parts: the report goes to one, the case and the unit page to the other (parts.ts)
  result = await buildSearchIndex({ outDir: dir, base: '/bangyang/', parts: 2 });
  await buildSearchIndex({ outDir: dir2, base: '/bangyang/', parts: 2 });
  // records of ~2 pages each, in two parts that fill and close them in turn
  await buildSearchIndex({ outDir: many, base: '/many/', parts: 2, recordPositions: 40 });

  // serve the sites under /bangyang/ and /many/, and load Pagefind's own browser module from them
  server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const root = url.startsWith('/many/') ? many : dir;
    try {
      res.end(readFileSync(path.join(root, url.replace(/^\/(bangyang|many)\//, ''))));
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  engine = await openEngine(dir, 'bangyang');
  manyEngine = await openEngine(many, 'many');
}, 120_000);

afterAll(() => {
  server?.close();
  for (const d of [dir, dir2, many]) rmSync(d, { recursive: true, force: true });
});

describe('extractPage', () => {
  it('takes the one data-search-type element, minus ignored, script, style and nav', () => {
    const p = extractPage(FILES['reports/duban/index.html']);
    expect(p?.type).toBe('report');
    expect(p?.title).toBe('建立督办台账');
    expect(p?.filters).toEqual({ unit: ['秘书一处'], stage: ['作风建设年'], year: ['2011'] });
    expect(p?.text).toContain('各处室要建立督办台账，逐项销号。');
    expect(p?.text).not.toMatch(/相关阅读|脚本文字|样式|导航|页脚/);
    expect(p?.text.split('\n')).toContain('考核'); // blocks stay apart
  });

  it('skips pages without data-search-type and falls back to <title>', () => {
    expect(extractPage(FILES['index.html'])).toBeNull();
    expect(extractPage(FILES['units/a.html'])?.title).toBe('秘书一处 - 榜样');
  });

  it('rejects contract violations', () => {
    expect(() => extractPage('<main data-search-type="report"></main><div data-search-type="case"></div>', 'x.html')).toThrow(SearchContractError);
    // text after the indexed element is left out, whether the rest of the page is parsed or not;
    // the marker's name in that text is no second indexed element
    expect(extractPage('<main data-search-type="report"><p>正文</p></main><footer><p>页脚</p></footer>')?.text).toBe('正文');
    expect(extractPage('<main data-search-type="report"><p>正文</p></main><footer><p>data-search-type 是属性</p></footer>')?.text).toBe('正文');
    expect(() => extractPage('<main data-search-type="news"></main>')).toThrow(/not one of/);
    expect(() => extractPage(`<main data-search-type="report" data-search-filters='{"unit":"一处"}'></main>`)).toThrow(/array of strings/);
    expect(() => extractPage(`<main data-search-type="report" data-search-filters='{unit'></main>`)).toThrow(/not JSON/);
  });
});

describe('buildSearchIndex', () => {
  it('indexes the pages that carry data-search-type, with the base in their URLs', () => {
    expect(result.pages).toBe(3);
    const table = readPageTable(dir);
    expect(table.pages.map((p) => p[0])).toEqual(['/bangyang/cases/model/', '/bangyang/reports/duban/', '/bangyang/units/a.html']);
    expect(table.pages.map((p) => p[2])).toEqual(['case', 'report', 'unit']);
    expect(pageUrl('index.html', '/bangyang/')).toBe('/bangyang/');
  });

  it('spreads the pages over the index parts asked for, a page in one part only', () => {
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['zz', 'zz-001']);
    expect(entry.languages.zz.page_count + entry.languages['zz-001'].page_count).toBe(2); // Pagefind's pages are our records: one per part here
    const ids = recordsOfPage(readPageTable(dir));
    expect(ids.map((list) => list.map((id) => id.replace(/_.*/, '')))).toEqual([['zz'], ['zz-001'], ['zz']]);
  });

  it('packs the pages of a part into one record, and says which positions are whose', () => {
    const table = readPageTable(dir);
    const [caseIds, , unitIds] = recordsOfPage(table);
    expect(caseIds).toEqual(unitIds); // the case and the unit page: one record
    const [, ...flat] = table.records.find((r) => r[0] === caseIds[0]) as PageTable['records'][number];
    const content = fragments(dir).find((f) => f.url === '/r/' + table.records.findIndex((r) => r[0] === caseIds[0]))?.content ?? '';
    expect(flat[0]).toBe(0); // the case first (file order), from position 0
    expect(flat[4]).toBe(flat[2]); // the unit page right after it
    expect(content.split(' ').length).toBe(flat[2] + flat[5]);
    expect(table.pages[0][3]).toBe(flat[2]);
  });

  it('stores filters (with the type label) in the page table, and no ignored text', () => {
    const table = readPageTable(dir);
    const values = (page: number) => table.pages[page][4].map((i) => table.filters[i].join('='));
    expect(values(1).sort()).toEqual(['stage=作风建设年', 'type=报道', 'unit=秘书一处', 'year=2011']);
    expect(values(0)).toContain('type=典型');
    const frags = fragments(dir);
    expect(frags.length).toBe(2);
    for (const f of frags) expect(f.filters).toEqual({});
    expect(frags.some((f) => f.content.includes('w'))).toBe(true);
    for (const f of frags) expect(f.content).not.toMatch(/相关|脚本|[\u4e00-\u9fff]/); // all coded
  });

  it('writes byte-identical bundles for the same input, and no Pagefind UI files', () => {
    const a = files(path.join(dir, 'pagefind'));
    const b = files(path.join(dir2, 'pagefind'));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [k, v] of a) expect(v.equals(b.get(k) as Buffer), k).toBe(true);
    expect([...a.keys()].some((k) => k.startsWith('pagefind-ui') || k.startsWith('pagefind-component-ui'))).toBe(false);
  });
});

describe('searching the bundle (Pagefind + phrase verification)', () => {
  const urls = async (q: string, filters = {}) => {
    const r = await engine.search(q, filters);
    return r.hits.map((h) => engine.info(h.page).url);
  };

  it('finds the exact phrase only', async () => {
    expect(await urls('督办台账')).toEqual(['/bangyang/reports/duban/']); // title hit, across <b>
    expect(await urls('台账督办')).toEqual(['/bangyang/cases/model/']);
    expect((await urls('督办')).sort()).toEqual(['/bangyang/cases/model/', '/bangyang/reports/duban/', '/bangyang/units/a.html']);
    expect(await urls('考核办法')).toEqual(['/bangyang/cases/model/']); // not across the two <p> of the report
    expect(await urls('相关阅读')).toEqual([]); // ignored subtree
    expect(await urls('脚本文字')).toEqual([]);
  });

  it('finds nothing for a phrase whose last pair of characters is on no page', async () => {
    // 台账 ends a run of text in the report (台账，逐项); 账本 is nowhere. Pagefind answers a word
    // it lacks with the longest indexed word that starts it: run ends must not be such words.
    expect(await urls('台账本')).toEqual([]);
    expect(await urls('督办台账本')).toEqual([]);
    expect(await urls('逐项销号')).toEqual(['/bangyang/reports/duban/']);
    expect((await urls('账')).sort()).toEqual(['/bangyang/cases/model/', '/bangyang/reports/duban/']);
  });

  it('handles words, numbers and mixed queries', async () => {
    expect(await urls('api')).toEqual(['/bangyang/cases/model/']);
    expect(await urls('2011')).toEqual(['/bangyang/cases/model/']); // the filter value is not text
    expect(await urls('GitHub 仓库')).toEqual(['/bangyang/reports/duban/']);
    expect(await urls('GitHub 考核办法')).toEqual([]);
    // the case ends with 2011 and the unit page starts with 秘书, back to back in one record
    expect(await urls('2011秘书')).toEqual([]);
    expect(await urls('秘书一处')).toEqual(['/bangyang/units/a.html']);
    // whole words only: neither a longer word nor the start of one (Pagefind would extend 201 to
    // 2011, and answer githubs, which it lacks, with github)
    expect(await urls('githubs')).toEqual([]);
    expect(await urls('201')).toEqual([]);
    expect(await urls('ap')).toEqual([]);
  });

  it('narrows by filters', async () => {
    expect(await urls('督办', { unit: ['秘书一处'] })).toEqual(['/bangyang/reports/duban/']);
    expect(await urls('督办', { type: ['典型'] })).toEqual(['/bangyang/cases/model/']);
    expect(await urls('督办', { unit: ['秘书一处'], year: ['2012'] })).toEqual([]);
    expect(await urls('督办', { unit: ['没有的处'] })).toEqual([]);
    const filters = engine.filters();
    expect(Object.keys(filters.year).sort()).toEqual(['2011', '2012']);
    // counted in pages, over both parts (the report is in one, the case and the unit page in the other)
    expect(filters.type).toEqual({ 报道: 1, 典型: 1, 单位: 1 });
  });

  it('builds excerpts with the hit marked', async () => {
    const r = await engine.search('督办台账');
    const ex = await engine.excerpt(r.query, r.hits[0]);
    expect(ex.confirmed).toBe(true);
    expect(ex.html).toContain('<mark>督办台账</mark>');
  });
});

describe('pages packed several to a record', () => {
  it('says for every record which of its positions are whose', () => {
    const table = readPageTable(many);
    expect(table.records.length).toBeGreaterThan(MANY / 4);
    expect(table.records.length).toBeLessThan(MANY);
    const byUrl = new Map(fragments(many).map((f) => [f.url, f]));
    table.records.forEach(([, ...flat], n) => {
      const frag = byUrl.get('/r/' + n);
      let positions = 0;
      for (let i = 2; i < flat.length; i += 3) positions += flat[i];
      expect(frag?.word_count, `record ${n}`).toBe(positions); // as Pagefind counts them
    });
  });

  it('finds the phrase of each page on that page only, with its excerpt', async () => {
    for (let n = 0; n < MANY; n++) {
      const r = await manyEngine.search(`编号${n}的`);
      expect(r.hits.map((h) => manyEngine.info(h.page).url), `编号${n}的`).toEqual([`/many/reports/n${String(n).padStart(2, '0')}/`]);
      const ex = await manyEngine.excerpt(r.query, r.hits[0]);
      expect(ex.html).toContain('<mark>编号</mark>');
      // the page's section only, not its neighbours in the record
      const text = ex.html.replace(/<\/?mark>| /g, '');
      expect(text).toBe(`第${n}页编号${n}的督办事项已经办结。`);
    }
    expect((await manyEngine.search('督办事项')).hits.length).toBe(MANY);
  });
});
