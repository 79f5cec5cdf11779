/**
 * Build-time search index: the records of every indexed page (records.ts) go to Pagefind's Node
 * API, during the build while Astro renders (live-index.ts), else from the written files. A page
 * table (page-table.ts: url, title, type, length and filter values of every page, and which
 * positions of which record belong to it) is written next to Pagefind's files so that the browser
 * can group, filter, rank and list results before downloading any fragment. Unchanged indexed
 * pages reuse the previous bundle (bundle-cache.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { constants as zlibConstants, gunzipSync, gzipSync } from 'node:zlib';
import { bundleKey, restoreBundle, saveBundle } from './bundle-cache.ts';
import { BUNDLE_DIR, FRAGMENT_DIR, FRAGMENT_SUFFIX, PAGEFIND_SIGNATURE } from './files.ts';
import { LiveIndex } from './live-index.ts';
import { recordNumber, recordUrl } from './packer.ts';
import type { PageTable } from './page-table.ts';
import { PAGE_TABLE_FILE } from './phrase.ts';
import { listPages, RecordCollector } from './records.ts';

export { SearchContractError } from './extract.ts';
export type { SearchType } from './extract.ts';
export { pageUrl, RecordCollector, SECTION_POSITIONS, TYPE_LABELS } from './records.ts';
export { LiveIndex } from './live-index.ts';

/** Pagefind files our client never loads (its own UIs). */
const UNUSED = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

const isGzip = (buf: Buffer) => buf[0] === 0x1f && buf[1] === 0x8b;

function readPagefindFile(buf: Buffer): string {
  const data = isGzip(buf) ? gunzipSync(buf) : buf;
  return data.subarray(PAGEFIND_SIGNATURE.length).toString('utf8');
}

/** A fragment's JSON begins with its url (Pagefind writes the fields in a fixed order). */
const LEADING_URL = new RegExp(`^${PAGEFIND_SIGNATURE}\\{"url":("(?:[^"\\\\]|\\\\.)*")`);

/**
 * The url a fragment file belongs to. Only the file's first kilobyte is inflated (the whole
 * fragments of a big site took 0.5-0.7 s to inflate and parse); the whole file only should the url
 * not lead.
 */
function fragmentUrl(file: string): string {
  const buf = readFileSync(file);
  if (isGzip(buf)) {
    const head = gunzipSync(buf.subarray(0, 1024), { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('utf8');
    const url = LEADING_URL.exec(head)?.[1];
    if (url) return JSON.parse(url) as string;
  }
  return (JSON.parse(readPagefindFile(buf)) as { url: string }).url;
}

/** Fills in each record's id (its fragment's name, which is also its search result id). */
function recordIds(bundleDir: string, table: PageTable): void {
  const fragDir = path.join(bundleDir, FRAGMENT_DIR);
  for (const f of readdirSync(fragDir)) {
    if (!f.endsWith(FRAGMENT_SUFFIX)) continue;
    const url = fragmentUrl(path.join(fragDir, f));
    const n = recordNumber(url);
    if (!table.records[n]) throw new Error(`pagefind: fragment ${f} has unknown url ${url}`);
    table.records[n][0] = f.slice(0, -FRAGMENT_SUFFIX.length);
  }
  const lost = table.records.findIndex((r) => !r[0]);
  if (lost >= 0) throw new Error(`pagefind: no fragment for record ${recordUrl(lost)}`);
}

export interface SearchIndexOptions {
  outDir: string;
  base: string;
  /** where the last bundle is kept for reuse; no reuse without it */
  cacheDir?: string;
  /** pages already seen while they were rendered (same base); the others are read from outDir */
  collected?: RecordCollector;
  /** index parts (parts.ts) when nothing was collected; default 1 */
  parts?: number;
  /** positions per record (packer.ts) when nothing was collected; for tests */
  recordPositions?: number;
}

export async function buildSearchIndex(opts: SearchIndexOptions): Promise<{ pages: number; reused: boolean; read: number }> {
  const outDir = path.resolve(opts.outDir);
  const bundleDir = path.join(outDir, BUNDLE_DIR);
  await rm(bundleDir, { recursive: true, force: true });
  const collector = opts.collected ?? new RecordCollector(opts.base, null, opts.parts, opts.recordPositions);
  const site = await collector.finish(outDir, listPages(outDir));
  if (!site.table.pages.length) {
    await opts.collected?.live?.close();
    return { pages: 0, reused: false, read: site.read };
  }
  const live = opts.collected?.live;
  const key = opts.cacheDir ? await bundleKey(site.digests, opts.base, collector.parts) : '';
  if (opts.cacheDir && (await restoreBundle(opts.cacheDir, key, bundleDir))) {
    await live?.close();
    return { pages: site.table.pages.length, reused: true, read: site.read };
  }
  // Without pages fed during the render (tests, bench:search), the records go to Pagefind now.
  const index = live ?? new LiveIndex();
  if (!live) index.send(site.records);
  try {
    await index.write(bundleDir);
  } finally {
    await index.close();
  }
  for (const f of UNUSED) await rm(path.join(bundleDir, f), { force: true });
  recordIds(bundleDir, site.table);
  await writeFile(path.join(bundleDir, PAGE_TABLE_FILE), gzipSync(JSON.stringify(site.table), { level: 9 }));
  if (opts.cacheDir) await saveBundle(opts.cacheDir, key, bundleDir);
  return { pages: site.table.pages.length, reused: false, read: site.read };
}
