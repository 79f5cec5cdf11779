/**
 * How the search index is split into parts. Pagefind's memory while it writes grows with the
 * words × records of the index it builds, and it builds one index per language, one after the
 * other. Measured at N = 4,000 with one page per record (4,300 records, 1.6 million word-record
 * pairs): one part 1.33 GB, two parts 0.88 GB. With pages packed several to a record (packer.ts,
 * 733 records): one part 0.78 GB, two 0.63 GB, and the whole build's peak ~1.05 GB either way, in
 * the same time. A part costs the reader's first search a fixed extra (one more Pagefind
 * instance, twice the index chunks per word): +5 % at N = 4,000, where a common word lists 1,800
 * pages anyway (475 → 500 ms, 318 → 462 KB), +35 % on 407 long articles (309 → 416 ms). So sites
 * are split by their number of documents, and by size only when huge.
 */
import { statSync } from 'node:fs';
import { listContentFiles } from '../load/tree.ts';

/** Markdown documents per index part. */
export const PART_DOCUMENTS = 5000;
/** Markdown bytes per index part, for archives of few but very long documents (~5 million characters). */
export const PART_MARKDOWN_BYTES = 16 * 1024 * 1024;

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
 * Parts for the site built from `contentDir`, from its Markdown (known before anything renders:
 * pages go to Pagefind while Astro renders them). BANGYANG_SEARCH_PARTS sets it.
 */
export function indexPartsFor(contentDir: string): number {
  const forced = process.env.BANGYANG_SEARCH_PARTS;
  if (forced) {
    // part languages have three digits (files.ts)
    if (!/^[1-9]\d{0,2}$/.test(forced)) throw new Error(`BANGYANG_SEARCH_PARTS must be a whole number from 1 to 999, not "${forced}"`);
    return Number(forced);
  }
  // the documents the site renders, found the way check finds them (drafts and stray files left out)
  const files = listContentFiles(contentDir);
  const markdown = [...files.reports, ...files.cases, ...files.series, ...files.stages];
  const bytes = markdown.reduce((sum, file) => sum + statSync(file).size, 0);
  return Math.max(1, Math.ceil(markdown.length / PART_DOCUMENTS), Math.ceil(bytes / PART_MARKDOWN_BYTES));
}
