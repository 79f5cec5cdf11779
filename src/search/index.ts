/**
 * Build-time search index. Every built page carrying data-search-type is cut into sections of
 * about SECTION_POSITIONS positions; each section becomes one Pagefind custom record whose
 * content is the section text coded for exact-phrase search (see phrase.ts). Small records keep
 * the fragments a result needs for its excerpt small. A page table (url, title, type, length of
 * every page, and which records belong to it) is written next to Pagefind's files so that the
 * browser can group, rank and list results before downloading any fragment.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { extractPage, type SearchType } from './extract.ts';
import { encodeUnits, INDEX_LANGUAGE, PAGE_TABLE_FILE, splitSections, toUnits, type PageTable } from './phrase.ts';

export { SearchContractError } from './extract.ts';
export type { SearchType };

/** Positions per record. Smaller: lighter excerpts, more records (bigger Pagefind meta). */
export const SECTION_POSITIONS = 1000;

/** The 类型 filter value and result badge for each data-search-type. */
export const TYPE_LABELS: Record<SearchType, string> = {
  report: '报道',
  case: '典型',
  unit: '单位',
  stage: '阶段',
  series: '系列',
};

/** Pagefind files our client never loads (its own UIs). */
const UNUSED = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function htmlFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (r !== 'pagefind') out.push(...(await htmlFiles(dir, r)));
    } else if (e.isFile() && e.name.endsWith('.html')) {
      out.push(r);
    }
  }
  return out;
}

/** "reports/x/index.html" → base + "reports/x/"; "a.html" → base + "a.html". */
export function pageUrl(relFile: string, base: string): string {
  let b = base.startsWith('/') ? base : '/' + base;
  if (!b.endsWith('/')) b += '/';
  const p = relFile.split(path.sep).join('/');
  const u = p === 'index.html' ? '' : p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
  return b + u.split('/').map(encodeURIComponent).join('/');
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? await dirBytes(p) : (await stat(p)).size;
  }
  return total;
}

function readPagefindFile(buf: Buffer): string {
  const data = buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf) : buf;
  return data.subarray('pagefind_dcd'.length).toString('utf8');
}

type CustomRecord = Parameters<pagefind.PagefindIndex['addCustomRecord']>[0];

export async function buildSearchIndex(opts: { outDir: string; base: string }): Promise<{ pages: number; bytes: number }> {
  const outDir = path.resolve(opts.outDir);
  const bundleDir = path.join(outDir, 'pagefind');
  const files = (await htmlFiles(outDir)).sort(byCodeUnit);
  const table: PageTable = { v: 1, pages: [] };
  const ids: string[][] = [];
  const pageOfUrl = new Map<string, number>();
  const records: CustomRecord[] = [];
  // Read ahead in batches (disk and parsing overlap); pages are still handled in sorted order, so
  // the records, and with them the bundle, stay the same from build to build.
  const READ_AHEAD = 64;
  const pending = new Map<number, Promise<string>>();
  const readAt = (i: number) => {
    if (i < files.length && !pending.has(i)) pending.set(i, readFile(path.join(outDir, files[i]), 'utf8'));
  };
  for (let i = 0; i < files.length; i++) {
    for (let j = i; j < i + READ_AHEAD; j++) readAt(j);
    const html = await pending.get(i)!;
    pending.delete(i);
    const rel = files[i];
    const page = extractPage(html, rel);
    if (!page) continue;
    const url = pageUrl(rel, opts.base);
    const firstLine = page.text.split('\n', 1)[0];
    // the title must be findable even when the indexed element does not repeat it
    const text = page.title && firstLine.trim() !== page.title.trim() ? `${page.title}\n${page.text}` : page.text;
    const filters: Record<string, string[]> = { type: [TYPE_LABELS[page.type]], ...page.filters };
    let positions = 0;
    splitSections(text, SECTION_POSITIONS).forEach((section, n) => {
      const units = toUnits(section);
      positions += units.length;
      // Pagefind keeps one record per url: sections get their own (never shown; the page
      // table holds the page url)
      const recordUrl = n === 0 ? url : `${url}#${n}`;
      records.push({ url: recordUrl, content: encodeUnits(units), language: INDEX_LANGUAGE, meta: { title: page.title }, filters });
    });
    pageOfUrl.set(url, table.pages.length);
    table.pages.push([url, page.title, page.type, positions, '']);
    ids.push([]);
  }

  await rm(bundleDir, { recursive: true, force: true });
  if (!records.length) return { pages: 0, bytes: 0 };
  try {
    const { index, errors } = await pagefind.createIndex({ writePlayground: false });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    for (const r of records) {
      const res = await index.addCustomRecord(r);
      if (res.errors.length) throw new Error(`pagefind: ${r.url}: ${res.errors.join('; ')}`);
    }
    const w = await index.writeFiles({ outputPath: bundleDir });
    if (w.errors.length) throw new Error(`pagefind: ${w.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  for (const f of UNUSED) await rm(path.join(bundleDir, f), { force: true });

  // which page each fragment (= search result id) belongs to
  const fragDir = path.join(bundleDir, 'fragment');
  for (const f of (await readdir(fragDir)).sort(byCodeUnit)) {
    if (!f.endsWith('.pf_fragment')) continue;
    const frag = JSON.parse(readPagefindFile(await readFile(path.join(fragDir, f)))) as { url: string };
    const page = pageOfUrl.get(frag.url.replace(/#\d+$/, ''));
    if (page === undefined) throw new Error(`pagefind: fragment ${f} has unknown url ${frag.url}`);
    ids[page].push(f.slice(0, -'.pf_fragment'.length));
  }
  ids.forEach((list, i) => (table.pages[i][4] = list.join(' ')));
  await writeFile(path.join(bundleDir, PAGE_TABLE_FILE), gzipSync(JSON.stringify(table), { level: 9 }));
  return { pages: table.pages.length, bytes: await dirBytes(bundleDir) };
}
