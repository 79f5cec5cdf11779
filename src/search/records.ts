/**
 * Built pages → Pagefind custom records. Every page carrying data-search-type is cut into
 * sections of about SECTION_POSITIONS positions; each section becomes one record whose content is
 * the section text coded for exact-phrase search (see phrase.ts). Small records keep the
 * fragments a result needs for its excerpt small.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { extractPage, type SearchType } from './extract.ts';
import { encodeUnits, INDEX_LANGUAGE, splitSections, toUnits, type PageTable } from './phrase.ts';

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

export type CustomRecord = Parameters<PagefindIndex['addCustomRecord']>[0];

export const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every .html file of the output (pagefind/ excluded), relative, sorted by code unit. */
export async function listPages(dir: string): Promise<string[]> {
  return (await htmlFiles(dir)).sort(byCodeUnit);
}

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

/**
 * Reads the built pages in the order given (sorted: the records, and with them the bundle, are
 * the same from build to build) and hands each record to `onRecord` as soon as it is made, so
 * that Pagefind works on them while the next pages are read. Returns the page table without
 * record ids (they are only known once Pagefind has written the bundle).
 */
export async function collectRecords(outDir: string, base: string, files: string[], onRecord: (r: CustomRecord) => Promise<void>): Promise<PageTable> {
  const table: PageTable = { v: 1, pages: [] };
  // Read ahead: the disk works while the previous pages are parsed.
  const READ_AHEAD = 32;
  const pending = new Map<number, Promise<string>>();
  const readAt = (i: number) => {
    if (i < files.length && !pending.has(i)) pending.set(i, readFile(path.join(outDir, files[i]), 'utf8'));
  };
  for (let i = 0; i < files.length; i++) {
    for (let j = i; j < i + READ_AHEAD; j++) readAt(j);
    const html = await pending.get(i)!;
    pending.delete(i);
    const page = extractPage(html, files[i]);
    if (!page) continue;
    const url = pageUrl(files[i], base);
    const firstLine = page.text.split('\n', 1)[0];
    // the title must be findable even when the indexed element does not repeat it
    const text = page.title && firstLine.trim() !== page.title.trim() ? `${page.title}\n${page.text}` : page.text;
    const filters: Record<string, string[]> = { type: [TYPE_LABELS[page.type]], ...page.filters };
    let positions = 0;
    for (const [n, section] of splitSections(text, SECTION_POSITIONS).entries()) {
      const units = toUnits(section);
      positions += units.length;
      // Pagefind keeps one record per url: sections get their own (never shown; the page
      // table holds the page url)
      const recordUrl = n === 0 ? url : `${url}#${n}`;
      await onRecord({ url: recordUrl, content: encodeUnits(units), language: INDEX_LANGUAGE, meta: { title: page.title }, filters });
    }
    table.pages.push([url, page.title, page.type, positions, '']);
  }
  return table;
}
