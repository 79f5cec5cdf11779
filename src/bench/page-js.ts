/**
 * JavaScript shipped by one representative page of each page type of a built site: every
 * `<script src>` (and `<link rel=modulepreload>`) with the modules it imports statically, plus
 * inline scripts, each gzipped on its own and summed. Dynamic `import()` targets are counted apart
 * as "lazy": they load only when the page asks for them. JSON data islands
 * (`<script type="application/json">`) are not JavaScript and are counted apart too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageJs {
  type: string;
  /** Page file relative to the output folder, or undefined when there is no such page yet. */
  page?: string;
  scripts: number;
  /** gzip bytes loaded eagerly (scripts, their static imports, modulepreloads, inline). */
  eagerGzip: number;
  eagerRaw: number;
  /** gzip bytes of modules only reachable through dynamic import(). */
  lazyGzip: number;
  /** gzip bytes of JSON data islands. */
  dataGzip: number;
  /** gzip bytes of linked stylesheets (for context). */
  cssGzip: number;
  /** The page shows a chart (a canvas, an element or attribute named *chart*). */
  hasChart: boolean;
  files: string[];
}

const gz = (bytes: Buffer | string) => gzipSync(bytes).length;

/** Page types and how to recognise one page of each (path relative to the output, posix). */
export const pageTypes: { type: string; match: RegExp }[] = [
  { type: 'home', match: /^index\.html$/ },
  { type: 'report', match: /^reports\/(?!page\/)[^/]+\/index\.html$/ },
  { type: 'case', match: /^cases\/(?!page\/)[^/]+\/index\.html$/ },
  { type: 'unit', match: /^units\/(?!page\/)[^/]+\/index\.html$/ },
  { type: 'stage', match: /^stages\/(?!page\/)[^/]+\/index\.html$/ },
  { type: 'search', match: /^search\/index\.html$/ },
  { type: 'board', match: /^board\/index\.html$/ },
];

function htmlPages(dir: string, rel = '', out: string[] = [], limit = 50_000): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(join(dir, rel), { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (out.length >= limit) break;
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (r === 'pagefind' || r === '_assets' || r === 'media') continue;
      htmlPages(dir, r, out, limit);
    } else if (entry.name.endsWith('.html')) out.push(r);
  }
  return out;
}

/** Pick one page per type; `preferred` names a page to use when it exists (e.g. a known id). */
export function representativePages(outDir: string, preferred: Partial<Record<string, string>> = {}): Record<string, string | undefined> {
  const pages = htmlPages(outDir);
  const chosen: Record<string, string | undefined> = {};
  for (const { type, match } of pageTypes) {
    const want = preferred[type];
    chosen[type] = want && pages.includes(want) ? want : pages.find((p) => match.test(p));
  }
  return chosen;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** Resolve a URL from a page (or a module) to a file in the output folder. */
function resolveAsset(outDir: string, base: string, fromFile: string, url: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  const clean = decodeURIComponent(url.replace(/[?#].*$/, ''));
  let rel: string;
  if (clean.startsWith('/')) {
    if (!clean.startsWith(base)) return undefined;
    rel = clean.slice(base.length);
  } else {
    rel = posix.normalize(posix.join(posix.dirname(fromFile), clean));
  }
  return existsSync(join(outDir, rel)) ? rel : undefined;
}

// Minified output quotes specifiers with ", ' or ` (rolldown uses backticks for import()).
const staticImport = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
const dynamicImport = /\bimport\s*\(\s*["'`]([^"'`$]+)["'`]\s*\)/g;

export function pageJs(outDir: string, page: string | undefined, type: string, base = '/'): PageJs {
  const result: PageJs = { type, page, scripts: 0, eagerGzip: 0, eagerRaw: 0, lazyGzip: 0, dataGzip: 0, cssGzip: 0, hasChart: false, files: [] };
  if (!page) return result;
  const html = readFileSync(join(outDir, page), 'utf8');
  result.hasChart = /<canvas\b|<[a-z]+(?:-[a-z]+)*-chart\b|<chart-[a-z-]+|\bdata-chart\b/i.test(html);
  const eager = new Set<string>();
  const lazy = new Set<string>();

  const follow = (file: string, into: Set<string>) => {
    if (into.has(file) || eager.has(file)) return;
    into.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const match of code.matchAll(staticImport)) {
      const target = resolveAsset(outDir, base, file, match[1]);
      if (target) follow(target, into);
    }
    for (const match of code.matchAll(dynamicImport)) {
      const target = resolveAsset(outDir, base, file, match[1]);
      if (target && !eager.has(target)) follow(target, lazy);
    }
  };

  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attrs, body] = match;
    const kind = (attr(attrs, 'type') ?? '').toLowerCase();
    if (kind && kind !== 'module' && !kind.includes('javascript')) {
      result.dataGzip += gz(body);
      continue;
    }
    result.scripts++;
    const src = attr(attrs, 'src');
    if (src) {
      const file = resolveAsset(outDir, base, page, src);
      if (file) follow(file, eager);
    } else if (body.trim()) {
      result.eagerGzip += gz(body);
      result.eagerRaw += Buffer.byteLength(body);
      result.files.push('(inline)');
      // Inline modules may import files too.
      for (const m of body.matchAll(staticImport)) {
        const target = resolveAsset(outDir, base, page, m[1]);
        if (target) follow(target, eager);
      }
      for (const m of body.matchAll(dynamicImport)) {
        const target = resolveAsset(outDir, base, page, m[1]);
        if (target) follow(target, lazy);
      }
    }
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(match[0], 'rel') ?? '').toLowerCase();
    const href = attr(match[0], 'href');
    if (!href) continue;
    const file = resolveAsset(outDir, base, page, href);
    if (!file) continue;
    if (rel === 'modulepreload') follow(file, eager);
    else if (rel === 'stylesheet') result.cssGzip += gz(readFileSync(join(outDir, file)));
  }
  for (const file of eager) {
    lazy.delete(file);
    const bytes = readFileSync(join(outDir, file));
    result.eagerGzip += gz(bytes);
    result.eagerRaw += bytes.length;
    result.files.push(file);
  }
  for (const file of lazy) result.lazyGzip += gz(readFileSync(join(outDir, file)));
  return result;
}

export function allPageJs(outDir: string, preferred: Partial<Record<string, string>> = {}, base = '/'): PageJs[] {
  const pages = representativePages(outDir, preferred);
  return pageTypes.map(({ type }) => pageJs(outDir, pages[type], type, base));
}
