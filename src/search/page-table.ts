/**
 * The page table, written at build time next to Pagefind's files: what a result needs before any
 * fragment loads (url, title, type, length, filter values of every page), and what Pagefind's
 * records hold. A record is not a page: it holds sections of several pages back to back (see
 * packer.ts), so a record's positions are cut back into sections here, and a match counts only
 * when it lies within one section. Browser-safe: shared by the build and the search client.
 */
import { foldWord, normalizeText, type Match, type ParsedQuery } from './phrase.ts';

export interface PageTable {
  v: 2;
  /** [url, title, data-search-type, positions, indices of its filter values in `filters`] */
  pages: [string, string, string, number, number[]][];
  /** every [filter name, value] of the pages, sorted */
  filters: [string, string][];
  /** Pagefind records: [result id, then page, first position, positions of each section it holds] */
  records: [string, ...number[]][];
}

/** Positions [from, to) of one record that belong to one page. */
export interface Section {
  page: number;
  from: number;
  to: number;
}

/** The page table, prepared for searching. */
export interface PageIndex {
  table: PageTable;
  /** Pagefind result id → its sections, by position */
  sections: Map<string, Section[]>;
  /** Pagefind result id → the record's place in the table (the order pages were packed in) */
  recordOrder: Map<string, number>;
  /** titles, normalized and folded, for title hits */
  titles: string[];
  /** average page length in positions */
  avgLength: number;
}

export function indexTable(table: PageTable): PageIndex {
  const sections = new Map<string, Section[]>();
  const recordOrder = new Map<string, number>();
  for (const [id, ...flat] of table.records) {
    recordOrder.set(id, recordOrder.size);
    const list: Section[] = [];
    for (let i = 0; i + 2 < flat.length; i += 3) list.push({ page: flat[i], from: flat[i + 1], to: flat[i + 1] + flat[i + 2] });
    sections.set(id, list.sort((a, b) => a.from - b.from));
  }
  const total = table.pages.reduce((sum, p) => sum + p[3], 0);
  return {
    table,
    sections,
    recordOrder,
    titles: table.pages.map((p) => foldWord(normalizeText(p[1]))),
    avgLength: table.pages.length ? total / table.pages.length || 1 : 1,
  };
}

/** The section of `sections` (sorted) that holds positions [start, start + span), if one does. */
function sectionOf(sections: readonly Section[], start: number, span: number): Section | null {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid];
    if (start < s.from) hi = mid - 1;
    else if (start >= s.to) lo = mid + 1;
    else return start + span <= s.to ? s : null; // across the end of a page's section: no match
  }
  return null;
}

/** Matches found in one Pagefind record, at the record's positions. */
export interface RecordHit {
  /** Pagefind result id */
  id: string;
  matches: Match[];
}

/** Matches in one section of a record, at positions relative to the section's start. */
export interface SectionHit {
  /** Pagefind result id of the record holding the section */
  id: string;
  from: number;
  to: number;
  matches: Match[];
}

export interface PageHit {
  page: number;
  /** phrases whose text occurs in the page title */
  titleHits: number;
  /** body matches per phrase */
  counts: number[];
  /** the page's sections that hold matches, best first */
  sections: SectionHit[];
}

/**
 * Groups record matches by page section and keeps the pages where every phrase occurs (in the
 * body or the title).
 */
export function collectPages(query: ParsedQuery, index: PageIndex, hits: RecordHit[]): PageHit[] {
  const byPage = new Map<number, PageHit>();
  for (const h of hits) {
    const sections = index.sections.get(h.id);
    if (!sections) continue;
    const bySection = new Map<Section, SectionHit>();
    for (const m of h.matches) {
      const s = sectionOf(sections, m.start, m.span);
      if (!s) continue;
      let sh = bySection.get(s);
      if (!sh) {
        sh = { id: h.id, from: s.from, to: s.to, matches: [] };
        bySection.set(s, sh);
        let ph = byPage.get(s.page);
        if (!ph) {
          ph = { page: s.page, titleHits: 0, counts: query.phrases.map(() => 0), sections: [] };
          byPage.set(s.page, ph);
        }
        ph.sections.push(sh);
      }
      sh.matches.push({ ...m, start: m.start - s.from });
      (byPage.get(s.page) as PageHit).counts[m.phrase]++;
    }
  }
  const folded = query.phrases.map((p) => foldWord(p.text));
  const out: PageHit[] = [];
  for (const ph of byPage.values()) {
    const title = index.titles[ph.page];
    let titleHits = 0;
    let all = true;
    folded.forEach((f, i) => {
      const inTitle = title.includes(f);
      if (inTitle) titleHits++;
      if (!inTitle && ph.counts[i] === 0) all = false;
    });
    if (!all) continue;
    ph.titleHits = titleHits;
    if (ph.sections.length > 1) {
      const key = new Map(ph.sections.map((s) => [s, new Set(s.matches.map((m) => m.phrase)).size * 1e6 + s.matches.length]));
      const order = (s: SectionHit) => index.recordOrder.get(s.id) as number;
      ph.sections.sort((a, b) => (key.get(b) as number) - (key.get(a) as number) || order(a) - order(b) || a.from - b.from);
    }
    out.push(ph);
  }
  return out;
}

/**
 * Ranking: pages whose title holds the phrase(s) first; then BM25-like term-frequency weight
 * (hits saturate, long pages are damped); then page order, so ties are deterministic.
 */
export function rankPages(hits: PageHit[], index: PageIndex): PageHit[] {
  const k1 = 1.2;
  const b = 0.75;
  const avg = index.avgLength;
  const weight = (h: PageHit): number => {
    const len = index.table.pages[h.page][3] || avg;
    let w = 0;
    for (const tf of h.counts) w += (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * len) / avg));
    return w;
  };
  const scored = hits.map((h) => ({ h, w: weight(h) }));
  scored.sort((x, y) => y.h.titleHits - x.h.titleHits || y.w - x.w || x.h.page - y.h.page);
  return scored.map((s) => s.h);
}

/** Filter name → values, each a page must have (as Pagefind's filters: every value given). */
export type Filters = Record<string, string[]>;

/** A test for the pages that have every value of `filters`; null when nothing is asked. */
export function pageFilter(table: PageTable, filters: Filters): ((page: number) => boolean) | null {
  const wanted: number[] = [];
  for (const [name, values] of Object.entries(filters)) {
    for (const value of values) {
      const i = table.filters.findIndex(([n, v]) => n === name && v === value);
      if (i < 0) return () => false;
      wanted.push(i);
    }
  }
  if (!wanted.length) return null;
  return (page) => wanted.every((i) => table.pages[page][4].includes(i));
}

/** Filter name → value → number of pages with it. */
export function filterCounts(table: PageTable): Record<string, Record<string, number>> {
  const counts = table.filters.map(() => 0);
  for (const p of table.pages) for (const i of p[4]) counts[i]++;
  const out: Record<string, Record<string, number>> = {};
  table.filters.forEach(([name, value], i) => ((out[name] ??= {})[value] = counts[i]));
  return out;
}
