/** Names shared by the index build and the browser (kept apart so the search element stays tiny). */

/** Pagefind record language: one with no stemmer and no segmentation. */
export const INDEX_LANGUAGE = 'zz';
/** The page table written next to Pagefind's files (gzip of JSON `PageTable`, see phrase.ts). */
export const PAGE_TABLE_FILE = 'bangyang.pf_pages';
