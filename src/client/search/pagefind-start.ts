/**
 * Starts Pagefind: imports its module from the bundle and initializes it for our index. Kept apart
 * from engine.ts so that the search element can start this the moment the reader reaches for the
 * box, while the search UI code is still loading (the wasm and metadata then load in parallel
 * with it instead of after it).
 */
import { INDEX_LANGUAGE } from '../../search/files.ts';

/** The part of Pagefind's JS API we use. */
export interface PagefindResult {
  id: string;
  words: number[];
  data: () => Promise<{ content: string; url: string; raw_url?: string }>;
}
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, o?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Pagefind takes its language from <html lang> when it initializes, and on a zh page runs every
 * query through a Chinese Intl.Segmenter (dictionary loading, tens of ms per search). Our tokens
 * are plain ASCII and our index has its own language: let Pagefind read that one. The attribute
 * is swapped and restored synchronously inside init() — Pagefind reads it before its first await.
 */
function initAs(mod: PagefindApi, lang: string): Promise<void> {
  const html = typeof document !== 'undefined' ? document.documentElement : null;
  const before = html?.getAttribute('lang') ?? null;
  html?.setAttribute('lang', lang);
  try {
    return mod.init();
  } finally {
    if (html) {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  }
}

export interface StartedPagefind {
  pagefind: PagefindApi;
  /** ms from the call until the module was in */
  importMs: number;
  /** ms from then until the wasm and metadata were in */
  initMs: number;
}

/** bundle: the bundle folder URL with a trailing slash. */
export async function startPagefind(bundle: string): Promise<StartedPagefind> {
  const t0 = performance.now();
  const mod = (await import(/* @vite-ignore */ bundle + 'pagefind.js')) as PagefindApi;
  const importMs = performance.now() - t0;
  // main thread (no extra worker download); our record URLs already carry the base
  await mod.options({ noWorker: true, baseUrl: '/', excerptLength: 0 });
  await initAs(mod, INDEX_LANGUAGE);
  // init() only starts loading; an empty search returns once the wasm and metadata are in
  await mod.search('');
  return { pagefind: mod, importMs, initMs: performance.now() - t0 - importMs };
}
