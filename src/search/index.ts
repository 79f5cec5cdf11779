/**
 * Build-time search index: every built page carrying data-search-type becomes one Pagefind
 * custom record whose content is the page text coded for exact-phrase search (see phrase.ts).
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { extractPage, type SearchType } from './extract.ts';
import { encodeRecord, INDEX_LANGUAGE } from './phrase.ts';

export { SearchContractError } from './extract.ts';

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

async function htmlFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (r === 'pagefind') continue;
      out.push(...(await htmlFiles(dir, r)));
    } else if (e.isFile() && e.name.endsWith('.html')) {
      out.push(r);
    }
  }
  return out;
}

/** "reports/x/index.html" → base + "reports/x/"; "a.html" → base + "a.html". */
export function pageUrl(relFile: string, base: string): string {
  const b = base.endsWith('/') ? base : base + '/';
  const p = relFile.split(path.sep).join('/');
  const u = p === 'index.html' ? '' : p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
  return (b.startsWith('/') ? b : '/' + b) + u.split('/').map(encodeURIComponent).join('/');
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? await dirBytes(p) : (await stat(p)).size;
  }
  return total;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function buildSearchIndex(opts: { outDir: string; base: string }): Promise<{ pages: number; bytes: number }> {
  const outDir = path.resolve(opts.outDir);
  const bundleDir = path.join(outDir, 'pagefind');
  const files = (await htmlFiles(outDir)).sort(byCodeUnit);
  const records: Parameters<pagefind.PagefindIndex['addCustomRecord']>[0][] = [];
  for (const rel of files) {
    const page = extractPage(await readFile(path.join(outDir, rel), 'utf8'), rel);
    if (!page) continue;
    const filters: Record<string, string[]> = { type: [TYPE_LABELS[page.type]], ...page.filters };
    records.push({
      url: pageUrl(rel, opts.base),
      content: encodeRecord(page.title, page.text),
      language: INDEX_LANGUAGE,
      meta: { title: page.title, type: page.type },
      filters,
    });
  }
  await rm(bundleDir, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ writePlayground: false });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    for (const r of records) {
      const res = await index.addCustomRecord(r);
      if (res.errors.length) throw new Error(`pagefind: ${r.url}: ${res.errors.join('; ')}`);
    }
    if (records.length) {
      const w = await index.writeFiles({ outputPath: bundleDir });
      if (w.errors.length) throw new Error(`pagefind: ${w.errors.join('; ')}`);
    }
  } finally {
    await pagefind.close();
  }
  if (!records.length) return { pages: 0, bytes: 0 };
  for (const f of UNUSED) await rm(path.join(bundleDir, f), { force: true });
  return { pages: records.length, bytes: await dirBytes(bundleDir) };
}

export type { SearchType };
