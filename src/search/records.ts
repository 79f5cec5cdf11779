/**
 * Built pages → Pagefind custom records. Every page carrying data-search-type is cut into
 * sections of about SECTION_POSITIONS positions; each section becomes one record whose content is
 * the section text coded for exact-phrase search (see phrase.ts). Small records keep the
 * fragments a result needs for its excerpt small.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { extractPage, type SearchType } from './extract.ts';
import type { LiveIndex } from './live-index.ts';
import { encodeUnits, indexLanguage, splitSections, toUnits, type PageTable } from './phrase.ts';
import { isIndexedPage } from './marker.ts';
import { partOf } from './parts.ts';

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

/**
 * Every .html file of the output (pagefind/ excluded), relative with "/", sorted by code unit.
 * A synchronous walk: every page has a folder of its own, and an asynchronous recursive readdir
 * (one thread-pool round trip per folder) took 0.4 s at N = 4,000 where this takes 0.07 s.
 */
export function listPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string, rel: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (rel || entry.name !== 'pagefind') walk(path.join(folder, entry.name), `${rel}${entry.name}/`);
      } else if (entry.isFile() && entry.name.endsWith('.html')) pages.push(rel + entry.name);
    }
  };
  walk(dir, '');
  return pages.sort(byCodeUnit);
}

/** "reports/x/index.html" → base + "reports/x/"; "a.html" → base + "a.html". */
export function pageUrl(relFile: string, base: string): string {
  let b = base.startsWith('/') ? base : '/' + base;
  if (!b.endsWith('/')) b += '/';
  const p = relFile.split(path.sep).join('/');
  const u = p === 'index.html' ? '' : p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
  return b + u.split('/').map(encodeURIComponent).join('/');
}

/** The records of one page, and the row it gets in the page table. */
interface PageRecords {
  records: CustomRecord[];
  row: PageTable['pages'][number];
}

/**
 * A copy of `s` that shares no memory with the string it was cut from: V8 keeps the whole page's
 * HTML alive for a title sliced out of it (47 MB at N = 4,000 in the build process).
 */
const detached = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

function pageRecords(rel: string, html: string, base: string, parts: number): PageRecords | null {
  const page = extractPage(html, rel);
  if (!page) return null;
  const url = pageUrl(rel, base);
  const language = indexLanguage(partOf(url, parts));
  const firstLine = page.text.split('\n', 1)[0];
  // the title must be findable even when the indexed element does not repeat it
  const text = page.title && firstLine.trim() !== page.title.trim() ? `${page.title}\n${page.text}` : page.text;
  const filters: Record<string, string[]> = { type: [TYPE_LABELS[page.type]], ...page.filters };
  const records: CustomRecord[] = [];
  let positions = 0;
  for (const [n, section] of splitSections(text, SECTION_POSITIONS).entries()) {
    const units = toUnits(section);
    positions += units.length;
    // Pagefind keeps one record per url: sections get their own (never shown; the page table
    // holds the page url)
    const recordUrl = n === 0 ? url : `${url}#${n}`;
    records.push({ url: recordUrl, content: encodeUnits(units), language, meta: { title: page.title }, filters });
  }
  return { records, row: [url, detached(page.title), page.type, positions, ''] };
}

/** What the search bundle is made of: records in page order, the page table, a digest of each indexed page. */
export interface SiteRecords {
  /** in the order they go to Pagefind (empty when a live index already has them) */
  records: CustomRecord[];
  /** pages that had to be read from disk (not seen while rendering) */
  read: number;
  /** without record ids (they are only known once Pagefind has written the bundle) */
  table: PageTable;
  /** [page file, sha256 of its HTML] of every indexed page, in order (the bundle cache's key) */
  digests: [string, string][];
}

/**
 * Turns built pages into records. Without a live index, `finish` puts them in file order, so
 * that the bundle is the same whichever way the pages arrived (as Astro renders them, or read
 * from disk). With one, each page's records go to Pagefind the moment they are cut, in the
 * order pages arrive (see live-index.ts), and that order is the one recorded.
 */
export class RecordCollector {
  private readonly pages = new Map<string, { digest: string; page: PageRecords } | null>();
  /** indexed pages in the order they were added */
  private readonly arrived: string[] = [];
  private error: unknown = null;
  private readonly base: string;
  readonly live: LiveIndex | null;
  /** index parts the records are spread over (parts.ts) */
  readonly parts: number;

  constructor(base: string, live: LiveIndex | null = null, parts = 1) {
    this.base = base;
    this.live = live;
    this.parts = parts;
  }

  /**
   * A page as written (UTF-8); pages that are not indexed (isIndexedPage) are remembered as seen,
   * and cost nothing more.
   */
  add(rel: string, page: Uint8Array): void {
    if (this.error) return;
    if (!isIndexedPage(page)) {
      this.pages.set(rel, null);
      return;
    }
    try {
      const html = Buffer.from(page.buffer, page.byteOffset, page.byteLength).toString('utf8');
      const digest = createHash('sha256').update(page).digest('hex');
      const records = pageRecords(rel, html, this.base, this.parts);
      this.pages.set(rel, records && { digest, page: records });
      if (records) {
        this.arrived.push(rel);
        if (this.live) {
          this.live.send(records.records);
          records.records = []; // Pagefind has them: the build process need not hold them too
        }
      }
    } catch (error) {
      this.error = error; // thrown by finish(), so that the build stops with it
    }
  }

  /** The records of `files` (the output's pages, sorted); pages not added yet are read from `outDir`. */
  async finish(outDir: string, files: string[]): Promise<SiteRecords> {
    const missing = files.filter((f) => !this.pages.has(f));
    // Read ahead: the disk works while the previous pages are parsed.
    const READ_AHEAD = 32;
    const pending = new Map<number, Promise<Uint8Array>>();
    const readAt = (i: number) => {
      if (i < missing.length && !pending.has(i)) pending.set(i, readFile(path.join(outDir, missing[i])));
    };
    for (let i = 0; i < missing.length; i++) {
      for (let j = i; j < i + READ_AHEAD; j++) readAt(j);
      this.add(missing[i], await pending.get(i)!);
      pending.delete(i);
    }
    if (this.error) throw this.error;
    const out: SiteRecords = { records: [], read: missing.length, table: { v: 1, pages: [] }, digests: [] };
    // the page table in file order always (ties in ranking keep that order); records and digests
    // in the order Pagefind gets them
    const inOutput = new Set(files);
    for (const f of files) {
      const p = this.pages.get(f);
      if (p) out.table.pages.push(p.page.row);
    }
    for (const f of this.live ? this.arrived : files) {
      const p = this.pages.get(f);
      if (!p || !inOutput.has(f)) continue;
      out.records.push(...p.page.records);
      out.digests.push([f, p.digest]);
    }
    return out;
  }
}
