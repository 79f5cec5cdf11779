/**
 * The pages Astro renders, passed from the site process (src/middleware.ts) to the build
 * process over the IPC channel of site-process.ts. Only pages that carry data-search-type are
 * sent whole; of the others only the file name, so that the build knows it need not read them.
 */

import { isIndexedPage } from '../search/marker.ts';

/** Set by renderSite in the site process when the build process listens. */
export const PAGE_FEED_ENV = 'BANGYANG_PAGE_FEED';

export interface PageMessage {
  type: 'page';
  /** output file, relative: "reports/x/index.html" */
  file: string;
  /** the page as written (UTF-8) */
  html?: Uint8Array;
}

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
let fed = 0;

export function feedPage(file: string, html: Uint8Array): void {
  if (++fed % PAGES_PER_GC === 0) (globalThis as { gc?: () => void }).gc?.();
  // serialised at once: the caller may hand the same bytes on to Astro
  const message: PageMessage = isIndexedPage(html) ? { type: 'page', file, html } : { type: 'page', file };
  process.send!(message);
}
