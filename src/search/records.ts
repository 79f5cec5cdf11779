/**
 * Built pages → Pagefind custom records. Every page carrying data-search-type is cut into
 * sections of about SECTION_POSITIONS positions, each coded for exact-phrase search (phrase.ts);
 * the sections of consecutive pages are packed into records (packer.ts), and the page table
 * (page-table.ts) says which page each section belongs to.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractPage, type SearchType } from './extract.ts';
import type { LiveIndex } from './live-index.ts';
import { isIndexedPage } from './marker.ts';
import { RecordPacker, type CodedSection, type CustomRecord, type PackedRecord } from './packer.ts';
import type { PageTable } from './page-table.ts';
import { encodeUnits, indexLanguage, splitSections, toUnits } from './phrase.ts';
import { partOf } from './parts.ts';

/** Positions per section: the unit an excerpt is taken from. */
export const SECTION_POSITIONS = 1000;

/** The 类型 filter value and result badge for each data-search-type. */
export const TYPE_LABELS: Record<SearchType, string> = {
  report: '报道',
  case: '典型',
  unit: '单位',
  stage: '阶段',
  series: '系列',
};

export type { CustomRecord };

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

/** A page cut into coded sections, and what its row in the page table says of it. */
interface PageSections {
  language: string;
  sections: CodedSection[];
  url: string;
  title: string;
  type: SearchType;
  positions: number;
  filters: Record<string, string[]>;
}

/**
 * A copy of `s` that shares no memory with the string it was cut from: V8 keeps the whole page's
 * HTML alive for a title sliced out of it (47 MB at N = 4,000 in the build process).
 */
const detached = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

function pageSections(rel: string, html: string, base: string, parts: number): PageSections | null {
  const page = extractPage(html, rel);
  if (!page) return null;
  const url = pageUrl(rel, base);
  const firstLine = page.text.split('\n', 1)[0];
  // the title must be findable even when the indexed element does not repeat it
  const text = page.title && firstLine.trim() !== page.title.trim() ? `${page.title}\n${page.text}` : page.text;
  const sections = splitSections(text, SECTION_POSITIONS).map((section) => {
    const units = toUnits(section);
    return { content: encodeUnits(units), positions: units.length };
  });
  return {
    language: indexLanguage(partOf(url, parts)),
    sections,
    url,
    title: detached(page.title),
    type: page.type,
    positions: sections.reduce((n, s) => n + s.positions, 0),
    filters: { type: [TYPE_LABELS[page.type]], ...page.filters },
  };
}

/** What the search bundle is made of: records in order, the page table, a digest of each indexed page. */
export interface SiteRecords {
  /** in the order they go to Pagefind (with a live index, only those finish() closed; it has them already) */
  records: CustomRecord[];
  /** pages that had to be read from disk (not seen while rendering) */
  read: number;
  /** with empty record ids (they are only known once Pagefind has written the bundle: recordNumber) */
  table: PageTable;
  /** [page file, sha256 of its HTML] of every indexed page, in order (the bundle cache's key) */
  digests: [string, string][];
}

/**
 * Turns built pages into records. Without a live index, `finish` packs them in file order, so
 * that the bundle is the same whichever way the pages arrived (as Astro renders them, or read
 * from disk). With one, pages are packed in the order they arrive and each record goes to
 * Pagefind the moment it is full (see live-index.ts); that order is the one recorded.
 */
export class RecordCollector {
  private readonly pages = new Map<string, { digest: string; page: PageSections } | null>();
  /** indexed pages in the order they were added */
  private readonly arrived: string[] = [];
  private readonly packer: RecordPacker;
  /** sections of every record packed so far, by record number */
  private readonly packed: PackedRecord['sections'][] = [];
  private error: unknown = null;
  private readonly base: string;
  readonly live: LiveIndex | null;
  /** index parts the records are spread over (parts.ts) */
  readonly parts: number;

  /** recordPositions: the packer's limit (packer.ts), smaller in tests */
  constructor(base: string, live: LiveIndex | null = null, parts = 1, recordPositions?: number) {
    this.packer = new RecordPacker(recordPositions);
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
      const sections = pageSections(rel, html, this.base, this.parts);
      this.pages.set(rel, sections && { digest, page: sections });
      if (sections) {
        this.arrived.push(rel);
        if (this.live) {
          this.closed(this.packer.add(rel, sections.language, sections.sections));
          sections.sections = []; // packed: the build process need not hold them on
        }
      }
    } catch (error) {
      this.error = error; // thrown by finish(), so that the build stops with it
    }
  }

  /**
   * Records the packer closed: their sections stay for the page table, the records go to the live
   * index if there is one.
   */
  private closed(records: PackedRecord[]): CustomRecord[] {
    for (const r of records) this.packed[r.number] = r.sections;
    const out = records.map((r) => r.record);
    this.live?.send(out);
    return out;
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
    const records: CustomRecord[] = [];
    if (!this.live) {
      for (const f of files) {
        const p = this.pages.get(f);
        if (p) records.push(...this.closed(this.packer.add(f, p.page.language, p.page.sections)));
      }
    }
    records.push(...this.closed(this.packer.finish()));
    const inOutput = new Set(files);
    const digests: [string, string][] = [];
    for (const f of this.live ? this.arrived : files) {
      const p = this.pages.get(f);
      if (p && inOutput.has(f)) digests.push([f, p.digest]);
    }
    // the page table in file order always (ties in ranking keep that order)
    const rows: PageSections[] = [];
    const pageOf = new Map<string, number>();
    for (const f of files) {
      const p = this.pages.get(f);
      if (!p) continue;
      pageOf.set(f, rows.length);
      rows.push(p.page);
    }
    return { records, read: missing.length, table: pageTable(rows, this.packed, pageOf), digests };
  }
}

/** The page table of `rows`, filter values numbered in sorted order. */
function pageTable(rows: PageSections[], packed: PackedRecord['sections'][], pageOf: Map<string, number>): PageTable {
  const pairs = new Map<string, [string, string]>();
  for (const r of rows) for (const [name, values] of Object.entries(r.filters)) for (const v of values) pairs.set(`${name}\u0000${v}`, [name, v]);
  const keys = [...pairs.keys()].sort(byCodeUnit);
  const numberOf = new Map(keys.map((k, i) => [k, i]));
  return {
    v: 2,
    pages: rows.map((r) => {
      const values = Object.entries(r.filters).flatMap(([name, vs]) => vs.map((v) => numberOf.get(`${name}\u0000${v}`) as number));
      return [r.url, r.title, r.type, r.positions, values.sort((a, b) => a - b)];
    }),
    filters: keys.map((k) => pairs.get(k) as [string, string]),
    // sections of pages that are not in the output (none are, as the build goes) are left out
    records: packed.map((sections) => ['', ...sections.flatMap(([f, from, n]) => (pageOf.has(f) ? [pageOf.get(f) as number, from, n] : []))]),
  };
}
