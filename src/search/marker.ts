/** Marks the one indexed element of a page (written by src/site/search.ts, read by extract.ts). */
export const SEARCH_TYPE_ATTRIBUTE = 'data-search-type';

/**
 * Whether a page, as written (UTF-8), is indexed at all: the cheap test that spares the parsing
 * of list pages, made by the site process before it sends a page and by the build process on pages
 * it reads from disk.
 */
export function isIndexedPage(page: Uint8Array): boolean {
  return Buffer.from(page.buffer, page.byteOffset, page.byteLength).includes(SEARCH_TYPE_ATTRIBUTE);
}
