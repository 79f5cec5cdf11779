// Reading a built search bundle the way the browser does, for tests: the page table, fragments,
// and each page's coded text cut out of the records that hold it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BUNDLE_DIR, fragmentPath, PAGE_TABLE_FILE, PAGEFIND_SIGNATURE } from '../../src/search/files.ts';
import type { PageTable } from '../../src/search/page-table.ts';

const gunzipJson = (file: string, skip = 0) => JSON.parse(gunzipSync(readFileSync(file)).subarray(skip).toString('utf8'));

export const readPageTable = (site: string): PageTable => gunzipJson(path.join(site, BUNDLE_DIR, PAGE_TABLE_FILE)) as PageTable;

export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
}

export const readFragment = (site: string, id: string): Fragment => gunzipJson(path.join(site, BUNDLE_DIR, fragmentPath(id)), PAGEFIND_SIGNATURE.length) as Fragment;

/**
 * Page url → the coded text of each of its sections, cut out of the records by the page table;
 * `contentOf(n)` is the content of record n (its fragment's, or what went to Pagefind).
 */
export function pageTexts(table: PageTable, contentOf: (record: number) => string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  table.records.forEach(([, ...flat], n) => {
    const tokens = contentOf(n).split(' ');
    for (let i = 0; i < flat.length; i += 3) (out[table.pages[flat[i]][0]] ??= []).push(tokens.slice(flat[i + 1], flat[i + 1] + flat[i + 2]).join(' '));
  });
  return out;
}
