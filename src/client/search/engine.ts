/**
 * Browser search engine: Pagefind (loaded from the bundle at run time) as the index, plus the
 * exact-phrase layer of src/search/phrase.ts. Loaded lazily by <bangyang-search>.
 */
import {
  buildExcerpt,
  collectPages,
  confirmMatches,
  decodeContent,
  findPhrase,
  planLocations,
  planPhrase,
  needsConfirm,
  PAGE_TABLE_FILE,
  parseQuery,
  rankPages,
  indexTable,
  type Match,
  type PageHit,
  type PageIndex,
  type PageTable,
  type ParsedQuery,
  type RecordHit,
} from '../../search/phrase.ts';
import { startPagefind, type PagefindApi, type PagefindResult, type StartedPagefind } from './pagefind-start.ts';

export type { PagefindApi };

export type Filters = Record<string, string[]>;

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

async function readTable(response: Promise<Response>, url: string): Promise<PageTable> {
  const res = await response;
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  const buf = new Uint8Array(await res.arrayBuffer());
  let text: string;
  if (buf[0] === 0x1f && buf[1] === 0x8b) {
    const stream = new Blob([buf]).stream().pipeThrough(new DecompressionStream('gzip'));
    text = await new Response(stream).text();
  } else {
    text = new TextDecoder().decode(buf); // a server already decoded it
  }
  return JSON.parse(text) as PageTable;
}

/** Downloads started early (by the search element, as soon as the reader reaches for the box). */
export interface Preload {
  pagefind: Promise<StartedPagefind>;
  table: Promise<Response>;
}

/** Starts what every search needs: Pagefind (module, wasm, metadata) and our page table. */
export function preload(bundleUrl: string): Preload {
  const base = bundleUrl.endsWith('/') ? bundleUrl : bundleUrl + '/';
  return { pagefind: startPagefind(base), table: fetch(base + PAGE_TABLE_FILE) };
}

export class SearchEngine {
  private pf: PagefindApi;
  private index: PageIndex;
  private loaders = new Map<string, PagefindResult['data']>();

  private constructor(pf: PagefindApi, table: PageTable) {
    this.pf = pf;
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
    const engine = new SearchEngine(pf, table);
    timings.totalMs = performance.now() - t0;
    engine.loadTimings = timings;
    return engine;
  }

  /** How long load() took: Pagefind's module, its init (wasm, metadata), the page table. */
  loadTimings = { importMs: 0, initMs: 0, tableMs: 0, totalMs: 0 };

  /** For tests and tools: an engine over an already-initialized Pagefind module and table. */
  static fromParts(pf: PagefindApi, table: PageTable): SearchEngine {
    return new SearchEngine(pf, table);
  }

  get pageCount(): number {
    return this.index.table.pages.length;
  }

  info(page: number): PageInfo {
    const [url, title, type] = this.index.table.pages[page];
    return { url, title, type };
  }

  /** Filter names → value → number of records (Pagefind counts records, not pages). */
  filters(): Promise<Record<string, Record<string, number>>> {
    return this.pf.filters();
  }

  async search(q: string, filters: Filters = {}): Promise<SearchOutcome> {
    const t0 = performance.now();
    const query = parseQuery(q);
    if (!query.phrases.length) return { query, hits: [], ms: 0 };
    const opts = Object.keys(filters).length ? { filters } : {};
    this.loaders = new Map(); // fragments of this search's records only
    // Per phrase, the Pagefind searches of its plan; the first one's results are the records
    // holding all the phrase's tokens.
    const plans = query.phrases.map(planPhrase);
    const responses = await Promise.all(plans.map((plan) => Promise.all(plan.searches.map((t) => this.pf.search(t, opts)))));
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
        this.loaders.set(id, first.data);
      }
    });
    const recordHits = [...byRecord.values()];
    for (const h of recordHits) h.matches.sort((a, b) => a.start - b.start || a.phrase - b.phrase);
    const hits = rankPages(collectPages(query, this.index, recordHits), this.index);
    return { query, hits, ms: performance.now() - t0 };
  }

  /** Loads the fragment of the page's best record and builds the excerpt. */
  async excerpt(query: ParsedQuery, hit: PageHit): Promise<Excerpt> {
    const check = needsConfirm(query);
    let fallback: Excerpt | null = null;
    for (const rec of hit.records) {
      const load = this.loaders.get(rec.id);
      if (!load) continue;
      const frag = await load();
      const units = decodeContent(frag.content);
      let matches: Match[] = rec.matches;
      if (check) matches = confirmMatches(query, units, matches);
      const ex = { html: buildExcerpt(units, matches), confirmed: matches.length > 0 };
      if (ex.confirmed) return ex;
      fallback ??= ex;
      if (!check) break;
    }
    return fallback ?? { html: '', confirmed: false };
  }
}
