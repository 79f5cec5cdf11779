/**
 * Browser search engine: Pagefind (loaded from the bundle at run time) as the index, plus the
 * exact-phrase layer of src/search/phrase.ts. Loaded lazily by <bangyang-search>.
 */
import {
  collectPages,
  filterCounts,
  indexTable,
  pageFilter,
  rankPages,
  type Filters,
  type PageHit,
  type PageIndex,
  type PageTable,
  type RecordHit,
} from '../../search/page-table.ts';
import {
  buildExcerpt,
  confirmMatches,
  decodeContent,
  findPhrase,
  planLocations,
  planPhrase,
  needsConfirm,
  PAGE_TABLE_FILE,
  parseQuery,
  type Match,
  type ParsedQuery,
  type Unit,
} from '../../search/phrase.ts';
import { fragmentPath, PAGEFIND_SIGNATURE } from '../../search/files.ts';
import { startPagefind, type PagefindApi, type StartedPagefind } from './pagefind-start.ts';

export type { PagefindApi };

export type { Filters };

export interface PageInfo {
  url: string;
  title: string;
  type: string;
}

export interface SearchOutcome {
  query: ParsedQuery;
  /** verified pages, best first */
  hits: PageHit[];
  /** milliseconds spent (index download + search + verification) */
  ms: number;
}

export interface Excerpt {
  html: string;
  /** false when the exact check on the fragment rejected the page (see needsConfirm) */
  confirmed: boolean;
}

/** The text of a gzip file of ours or Pagefind's (or of one a server already decoded). */
async function readGzipText(response: Promise<Response>, url: string): Promise<string> {
  const res = await response;
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  const buf = new Uint8Array(await res.arrayBuffer());
  if (buf[0] === 0x1f && buf[1] === 0x8b) {
    const stream = new Blob([buf]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text();
  }
  return new TextDecoder().decode(buf);
}

async function readTable(response: Promise<Response>, url: string): Promise<PageTable> {
  const table = JSON.parse(await readGzipText(response, url)) as PageTable;
  if (table.v !== 2) throw new Error(`${url}: page table version ${String(table.v)}, not 2`);
  return table;
}

/** Downloads started early (by the search element, as soon as the reader reaches for the box). */
export interface Preload {
  pagefind: Promise<StartedPagefind>;
  table: Promise<Response>;
}

/** Starts what every search needs: Pagefind (module, wasm, metadata) and our page table. */
export function preload(bundleUrl: string): Preload {
  const base = bundleUrl.endsWith('/') ? bundleUrl : bundleUrl + '/';
  // revalidated, as Pagefind does its entry file: the table's name stays while a new build changes
  // it and the records it maps (Pagefind's own files are named by their content)
  return { pagefind: startPagefind(base), table: fetch(base + PAGE_TABLE_FILE, { cache: 'no-cache' }) };
}

export class SearchEngine {
  private pf: PagefindApi;
  private index: PageIndex;
  private readonly bundle: string;
  /** the tokens of this search's fragments, one per position */
  private tokens = new Map<string, Promise<string[]>>();

  private constructor(pf: PagefindApi, table: PageTable, bundle: string) {
    this.pf = pf;
    this.bundle = bundle;
    this.index = indexTable(table);
  }

  /** bundleUrl: the Pagefind bundle folder, e.g. "/bangyang/pagefind/". */
  static async load(bundleUrl: string, early?: Preload): Promise<SearchEngine> {
    const base = bundleUrl.endsWith('/') ? bundleUrl : bundleUrl + '/';
    const t0 = performance.now();
    const timings = { importMs: 0, initMs: 0, tableMs: 0, totalMs: 0 };
    const started = early ?? preload(base);
    const [pf, table] = await Promise.all([
      started.pagefind.then((p) => {
        timings.importMs = p.importMs;
        timings.initMs = p.initMs;
        return p.pagefind;
      }),
      readTable(started.table, base + PAGE_TABLE_FILE).then((t) => {
        timings.tableMs = performance.now() - t0;
        return t;
      }),
    ]);
    const engine = new SearchEngine(pf, table, base);
    timings.totalMs = performance.now() - t0;
    engine.loadTimings = timings;
    return engine;
  }

  /** How long load() took: Pagefind's module, its init (wasm, metadata), the page table. */
  loadTimings = { importMs: 0, initMs: 0, tableMs: 0, totalMs: 0 };

  /** For tests and tools: an engine over an already-initialized Pagefind module and table. */
  static fromParts(pf: PagefindApi, table: PageTable, bundleUrl: string): SearchEngine {
    return new SearchEngine(pf, table, bundleUrl.endsWith('/') ? bundleUrl : bundleUrl + '/');
  }

  get pageCount(): number {
    return this.index.table.pages.length;
  }

  info(page: number): PageInfo {
    const [url, title, type] = this.index.table.pages[page];
    return { url, title, type };
  }

  /** Filter name → value → number of pages with it. */
  filters(): Record<string, Record<string, number>> {
    return filterCounts(this.index.table);
  }

  async search(q: string, filters: Filters = {}): Promise<SearchOutcome> {
    const t0 = performance.now();
    const query = parseQuery(q);
    if (!query.phrases.length) return { query, hits: [], ms: 0 };
    // filtered here, on the page table: a record holds pages with different filter values
    const keep = pageFilter(this.index.table, filters);
    this.tokens = new Map(); // fragments of this search's records only
    // Per phrase, the Pagefind searches of its plan; the first one's results are the records
    // holding all the phrase's tokens.
    const plans = query.phrases.map(planPhrase);
    const responses = await Promise.all(plans.map((plan) => Promise.all(plan.searches.map((t) => this.pf.search(t)))));
    const byRecord = new Map<string, RecordHit>();
    plans.forEach((plan, idx) => {
      const phrase = query.phrases[idx];
      const lists = responses[idx].map((res) => new Map((res?.results ?? []).map((r) => [r.id, r])));
      for (const [id, first] of lists[0]) {
        if (!first.words.length) continue; // matched in metadata only
        const locs = planLocations(plan, lists.map((l) => l.get(id)?.words));
        if (!locs) continue;
        const starts = findPhrase(phrase, locs);
        if (!starts.length) continue;
        let hit = byRecord.get(id);
        if (!hit) {
          hit = { id, matches: [] };
          byRecord.set(id, hit);
        }
        for (const start of starts) hit.matches.push({ start, span: phrase.span, phrase: idx });
      }
    });
    const recordHits = [...byRecord.values()];
    for (const h of recordHits) h.matches.sort((a, b) => a.start - b.start || a.phrase - b.phrase);
    let pages = collectPages(query, this.index, recordHits);
    if (keep) pages = pages.filter((h) => keep(h.page));
    const hits = rankPages(pages, this.index);
    return { query, hits, ms: performance.now() - t0 };
  }

  /**
   * The positions [from, to) of a record's content, decoded. The fragment is fetched once per
   * search, by its name (the result id), rather than through Pagefind's result.data(): that
   * inflates it in JavaScript and works out excerpts and sub-results over the whole record,
   * which we do not use and which grow with the several pages a record holds.
   */
  private async units(id: string, from: number, to: number): Promise<Unit[]> {
    let tokens = this.tokens.get(id);
    if (!tokens) {
      const url = this.bundle + fragmentPath(id);
      tokens = readGzipText(fetch(url), url).then((text) => {
        if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`${url}: not a Pagefind fragment`);
        return (JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as { content: string }).content.split(' ');
      });
      this.tokens.set(id, tokens);
    }
    // only the section: a record holds several pages' sections
    return decodeContent((await tokens).slice(from, to).join(' '));
  }

  /** Loads the fragment of the record holding the page's best section and builds the excerpt. */
  async excerpt(query: ParsedQuery, hit: PageHit): Promise<Excerpt> {
    const check = needsConfirm(query);
    let fallback: Excerpt | null = null;
    for (const section of hit.sections) {
      const units = await this.units(section.id, section.from, section.to);
      let matches: Match[] = section.matches;
      if (check) matches = confirmMatches(query, units, matches);
      const ex = { html: buildExcerpt(units, matches), confirmed: matches.length > 0 };
      if (ex.confirmed) return ex;
      fallback ??= ex;
      if (!check) break;
    }
    return fallback ?? { html: '', confirmed: false };
  }
}
