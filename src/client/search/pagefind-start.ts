/**
 * Starts Pagefind: imports its module from the bundle and opens our index, one Pagefind instance
 * per index part (see src/search/parts.ts), all loading at once. Kept apart from engine.ts so that
 * the search element can start this the moment the reader reaches for the box, while the search
 * UI code is still loading (the wasm and metadata then load in parallel with it instead of after it).
 */
import { isIndexLanguage } from '../../search/files.ts';

/** The part of Pagefind's JS API we use. */
export interface PagefindResult {
  /** the record's fragment name */
  id: string;
  /** positions of the searched words in the record */
  words: number[];
}
export interface PagefindApi {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindInstance extends PagefindApi {
  init(): Promise<void>;
}
export interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/**
 * Pagefind takes an instance's language from <html lang> when it creates it, and on a zh page runs
 * every query through a Chinese Intl.Segmenter (dictionary loading, tens of ms per search). Our
 * tokens are plain ASCII and each index part has its own language: let Pagefind read that one. The
 * attribute is swapped and restored synchronously around createInstance(), which reads it at once.
 */
function createAs(mod: PagefindModule, lang: string, options: Record<string, unknown>): PagefindInstance {
  const html = typeof document !== 'undefined' ? document.querySelector('html') : null;
  const before = html?.getAttribute('lang') ?? null;
  html?.setAttribute('lang', lang);
  try {
    return mod.createInstance(options);
  } finally {
    if (html) {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  }
}

/** The index parts as one index: every search runs on all of them (records are in exactly one). */
class PartedIndex implements PagefindApi {
  private readonly parts: PagefindInstance[];

  constructor(parts: PagefindInstance[]) {
    this.parts = parts;
  }

  async search(term: string) {
    const found = await Promise.all(this.parts.map((p) => p.search(term)));
    return { results: found.flatMap((f) => f?.results ?? []) };
  }
}

/**
 * Opens the index parts `languages` of the bundle at `bundle` (URL with a trailing slash), part i
 * with the Pagefind module `modules[i]`; resolves once every part's wasm and metadata are in.
 */
export async function openIndex(modules: PagefindModule[], bundle: string, languages: string[]): Promise<PagefindApi> {
  // main thread (no extra worker download); Pagefind's urls are unused (our page table has the pages')
  const options = { basePath: bundle, baseUrl: '/', noWorker: true, excerptLength: 0 };
  const parts = languages.map((lang, i) => createAs(modules[i], lang, options));
  // init() only starts loading; an empty search returns once the wasm and metadata are in
  await Promise.all(parts.map(async (p) => (await p.init(), await p.search(''))));
  return new PartedIndex(parts);
}

/** Our index parts, from the bundle's entry file. */
export async function indexLanguages(entry: Response): Promise<string[]> {
  if (!entry.ok) throw new Error(`${entry.status} ${entry.url}`);
  const { languages } = (await entry.json()) as { languages: Record<string, unknown> };
  const ours = Object.keys(languages).filter(isIndexLanguage).sort();
  if (!ours.length) throw new Error(`${entry.url}: no search index of ours in it`);
  return ours;
}

export interface StartedPagefind {
  pagefind: PagefindApi;
  /** ms from the call until the module was in */
  importMs: number;
  /** ms from then until the wasm and metadata were in */
  initMs: number;
}

/**
 * The instances of one Pagefind module share its wasm, which each loads on creation: two loading
 * at once break each other's memory, and one after the other costs the first search ~50 ms. Each
 * part gets a module of its own instead (its own URL), so that all load in parallel.
 */
const importPagefind = (bundle: string, part: number) =>
  import(/* @vite-ignore */ bundle + (part ? `pagefind.js?part=${part}` : 'pagefind.js')) as Promise<PagefindModule>;

/** bundle: the bundle folder URL with a trailing slash. */
export async function startPagefind(bundle: string): Promise<StartedPagefind> {
  const t0 = performance.now();
  // which parts there are: arrives while the first module loads; revalidated, as Pagefind does,
  // since a redeploy may change the parts
  const entry = fetch(bundle + 'pagefind-entry.json', { cache: 'no-cache' }).then(indexLanguages);
  entry.catch(() => {});
  const first = importPagefind(bundle, 0);
  first.catch(() => {}); // awaited below; reported from there
  const languages = await entry;
  const modules = await Promise.all(languages.map((_, i) => (i ? importPagefind(bundle, i) : first)));
  const importMs = performance.now() - t0;
  const pagefind = await openIndex(modules, bundle, languages);
  return { pagefind, importMs, initMs: performance.now() - t0 - importMs };
}
