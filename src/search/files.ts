/** Names shared by the index build and the browser (kept apart so the search element stays tiny). */

/**
 * Pagefind record language of index part `part`. Pagefind builds one index per language, one
 * after the other, so a big site is split into parts to keep its memory down (see parts.ts).
 * All are languages with no stemmer and no segmentation: `zz` (part 0), `zz-001`, `zz-002` …
 */
export function indexLanguage(part: number): string {
  return part === 0 ? 'zz' : `zz-${String(part).padStart(3, '0')}`;
}

/** Whether a language of the bundle's pagefind-entry.json is one of our index parts. */
export function isIndexLanguage(lang: string): boolean {
  return /^zz(-\d{3})?$/.test(lang);
}

/** The search bundle's folder in the built site. */
export const BUNDLE_DIR = 'pagefind';

/** Where Pagefind writes each record's fragment, named by the record's search result id. */
export const FRAGMENT_DIR = 'fragment';
export const FRAGMENT_SUFFIX = '.pf_fragment';
export const fragmentPath = (id: string) => `${FRAGMENT_DIR}/${id}${FRAGMENT_SUFFIX}`;

/** What Pagefind writes before each of its files' JSON (inside the gzip). */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** The page table written next to Pagefind's files (gzip of JSON `PageTable`, see page-table.ts). */
export const PAGE_TABLE_FILE = 'bangyang.pf_pages';
