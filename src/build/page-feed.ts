/**
 * The pages Astro renders, passed from the site process (src/middleware.ts) to the build
 * process over the IPC channel of site-process.ts. Only pages that carry data-search-type are
 * sent whole; of the others only the file name, so that the build knows it need not read them.
 *
 * Pages go in batches: every message wakes the build process, and on the 2-core machine, where
 * both cores are busy while Astro renders, a wake-up per page was a large share of the work there
 * (the same held for the records it sends on to Pagefind, see live-index.ts).
 */

import { isIndexedPage } from '../search/marker.ts';

/** Set by renderSite in the site process when the build process listens. */
export const PAGE_FEED_ENV = 'BANGYANG_PAGE_FEED';

export interface FedPage {
  /** output file, relative: "reports/x/index.html" */
  file: string;
  /** the page as written (UTF-8) */
  html?: Uint8Array;
}

export interface PagesMessage {
  type: 'pages';
  pages: FedPage[];
}

/**
 * A batch goes when it holds this many pages or bytes. Small enough that several fit in the
 * channel before process.send reports a backlog (128 KB queued): batches of 256 KB made Astro wait
 * for the build process to read each one.
 */
const BATCH_PAGES = 8;
const BATCH_BYTES = 64 * 1024;

export function pageFeedOpen(): boolean {
  return process.env[PAGE_FEED_ENV] === '1' && typeof process.send === 'function';
}

/** "/base/reports/%E5%8A%9E/" → "reports/办/index.html" (build.format 'directory', trailing slashes). */
export function pageFile(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : base + '/';
  let p = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  p = p.split('/').map(decodeURIComponent).join('/');
  // Astro writes its error pages as 404.html and 500.html, not 404/index.html
  if (/^(404|500)\/?$/.test(p)) return `${p.replace(/\/$/, '')}.html`;
  if (p === '' || p.endsWith('/')) return p + 'index.html';
  // a file route (feed.xml) keeps its name; a page without a trailing slash is written as <name>.html
  return /\.[a-z0-9]+$/i.test(p.slice(p.lastIndexOf('/') + 1)) ? p : `${p}.html`;
}

/**
 * Pages between full garbage collections of the site process (started with --expose-gc, see
 * site-process.ts). Left to itself V8 lets Astro's heap grow to 2-3 × what is live while it
 * renders, and that garbage peaks at the same time as Pagefind holding every record: at N = 4,000
 * the site process peaked at 0.93 GB, with a collection every 1,000 pages at 0.72 GB (the build's
 * peak 1.38 -> 1.17 GB; four collections of ~0.1 s).
 */
const PAGES_PER_GC = 1000;

/**
 * The batch being filled. The middleware runs in Astro's bundle, which has its own copy of this
 * module, and renderSite's flushPageFeed must see the same batch: so it is kept on globalThis.
 */
const feed = ((globalThis as { [key: symbol]: unknown })[Symbol.for('bangyang.pageFeed')] ??= { fed: 0, pages: [], bytes: 0, backlog: null }) as {
  fed: number;
  pages: FedPage[];
  bytes: number;
  /** settles once the IPC channel has written a batch it had to queue */
  backlog: Promise<void> | null;
};

export function feedPage(file: string, html: Uint8Array): void {
  if (++feed.fed % PAGES_PER_GC === 0) (globalThis as { gc?: () => void }).gc?.();
  // Kept until the batch goes: the bytes are the middleware's own (Astro gets a copy of them).
  if (isIndexedPage(html)) {
    feed.pages.push({ file, html });
    feed.bytes += html.byteLength;
  } else feed.pages.push({ file });
  if (feed.pages.length >= BATCH_PAGES || feed.bytes >= BATCH_BYTES) flushPageFeed();
}

/** Sends the pages not sent yet; renderSite calls it once Astro has rendered the last page. */
export function flushPageFeed(): void {
  if (!feed.pages.length || !pageFeedOpen()) return;
  const message: PagesMessage = { type: 'pages', pages: feed.pages };
  feed.pages = [];
  feed.bytes = 0;
  let written!: () => void;
  const done = new Promise<void>((resolve) => (written = resolve));
  // false: the channel holds 128 KB or more not yet written (the build process reads slower)
  if (!process.send!(message, undefined, undefined, () => written())) feed.backlog = done;
}

/**
 * Pages are written synchronously while Astro renders (sync-page-writes.ts), so nothing else lets
 * the event loop run and the IPC channel write what it queued: the middleware waits here when the
 * channel fell behind, which also keeps the build process from being left a pile of pages at the end.
 */
export async function pageFeedWritten(): Promise<void> {
  const backlog = feed.backlog;
  feed.backlog = null;
  if (backlog) await backlog;
}
