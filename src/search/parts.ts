/**
 * How the search index is split into parts. Pagefind's memory while it writes grows with the
 * words × pages of the index it builds; it builds one index per language, one after the other.
 * Measured at N = 4,000 (4,300 records, 1.6 million word-page pairs): one part 1.33 GB, two parts
 * 0.88 GB (four: 0.82 GB, and slower), the same time. Small sites stay one part: every part is one
 * more index the browser opens on the first search.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Markdown bytes per index part: ~5 MB of Chinese Markdown, about 1.7 million characters. */
export const PART_MARKDOWN_BYTES = 5 * 1024 * 1024;

/** The part a page's records go to: a hash of its URL, so that a page keeps its part from build to build. */
export function partOf(url: string, parts: number): number {
  if (parts <= 1) return 0;
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < url.length; i++) {
    h ^= url.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % parts;
}

/**
 * Parts for the site built from `contentDir`, from the size of its Markdown (known before anything
 * renders: pages go to Pagefind while Astro renders them). BANGYANG_SEARCH_PARTS sets it (tests).
 */
export function indexPartsFor(contentDir: string): number {
  const forced = Number(process.env.BANGYANG_SEARCH_PARTS);
  if (Number.isInteger(forced) && forced >= 1) return forced;
  let bytes = 0;
  for (const e of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith('.md')) bytes += statSync(path.join(e.parentPath, e.name)).size;
  }
  return Math.max(1, Math.ceil(bytes / PART_MARKDOWN_BYTES));
}
