/**
 * Reads one built HTML page per the search contract: the single element carrying
 * data-search-type, its data-search-title / data-search-filters, and its text (minus
 * data-search-ignore subtrees, <script>, <style>, <nav>, <template>). Block elements are
 * separated by line breaks so that words of neighbouring blocks never run together.
 *
 * htmlparser2's streaming tokenizer, not a tree: the build reads every page once, and building
 * a parse5 tree of each was most of the search step's own time (4.3 s of 56 MB at N = 4,000).
 */
import { Parser } from 'htmlparser2';
import { SEARCH_TYPE_ATTRIBUTE } from './marker.ts';

export const SEARCH_TYPES = ['report', 'case', 'unit', 'stage', 'series'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface ExtractedPage {
  type: SearchType;
  title: string;
  filters: Record<string, string[]>;
  text: string;
}

const SKIP = new Set(['script', 'style', 'nav', 'template', 'noscript']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'ul', 'option', 'legend',
]);

export class SearchContractError extends Error {}

/** Text per the contract: whitespace collapsed, blocks on their own lines, empty lines dropped. */
function joinText(parts: string[]): string {
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

interface Scan {
  /** attributes of each element carrying data-search-type, in document order */
  indexed: Record<string, string>[];
  text: string;
  /** text of the first <title>, or null when there is none */
  title: string | null;
}

/** One pass over the HTML: the indexed element's attributes and text, and the page title. */
function scan(html: string): Scan {
  const indexed: Record<string, string>[] = [];
  const parts: string[] = [];
  let titleParts: string[] | null = null;
  let inTitle = false;
  // per open element: is its text left out
  const skipped: boolean[] = [];
  // depth of the (first) indexed element while inside it, else -1
  let inside = -1;
  let done = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parentSkipped = skipped.length > 0 && skipped[skipped.length - 1];
        if (SEARCH_TYPE_ATTRIBUTE in attrs) {
          indexed.push(attrs);
          if (indexed.length === 1) inside = skipped.length;
        }
        skipped.push(parentSkipped || SKIP.has(name) || (inside >= 0 && 'data-search-ignore' in attrs));
        if (name === 'title' && titleParts === null) {
          titleParts = [];
          inTitle = true;
        }
        if (inside >= 0 && !done && !skipped[skipped.length - 1] && BLOCK.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (inTitle) titleParts!.push(text);
        if (inside >= 0 && !done && !skipped[skipped.length - 1]) parts.push(text);
      },
      onclosetag(name) {
        const wasSkipped = skipped.pop();
        if (name === 'title') inTitle = false;
        if (inside >= 0 && !done) {
          if (!wasSkipped && BLOCK.has(name)) parts.push('\n');
          if (skipped.length === inside) {
            done = true;
            // The rest of the page (a report's footer, a unit's lists: 15-50 % of what is parsed)
            // only matters if it holds a second indexed element; a string search tells.
            if (html.indexOf(SEARCH_TYPE_ATTRIBUTE, parser.endIndex) === -1) parser.pause();
          }
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { indexed, text: joinText(parts), title: titleParts === null ? null : joinText(titleParts) };
}

/** Null when the page has no data-search-type (not indexed). Throws SearchContractError. */
export function extractPage(html: string, file = 'page'): ExtractedPage | null {
  // Most of the build's HTML by bytes is list pages (reports, archive, tags) that are not indexed:
  // skip them without parsing, and parse indexed pages from their indexed element on, so the
  // head and site header are not parsed.
  const marker = html.indexOf(SEARCH_TYPE_ATTRIBUTE);
  if (marker === -1) return null;
  const start = html.lastIndexOf('<', marker);
  const hasOwnTitle = /data-search-title\s*=\s*["'][^"'\s]/.test(html.slice(start, html.indexOf('>', marker) + 1));
  const page = scan(hasOwnTitle ? html.slice(start) : html);
  if (page.indexed.length === 0) return null;
  if (page.indexed.length > 1) throw new SearchContractError(`${file}: ${page.indexed.length} elements carry data-search-type (expected one)`);
  const attrs = page.indexed[0];
  const type = attrs[SEARCH_TYPE_ATTRIBUTE];
  if (!(SEARCH_TYPES as readonly string[]).includes(type)) {
    throw new SearchContractError(`${file}: data-search-type="${type}" is not one of ${SEARCH_TYPES.join('|')}`);
  }
  const title = attrs['data-search-title']?.trim() || (page.title ?? '').replace(/\n/g, ' ');
  const filters: Record<string, string[]> = {};
  const raw = attrs['data-search-filters'];
  if (raw !== undefined && raw.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      throw new SearchContractError(`${file}: data-search-filters is not JSON: ${(e as Error).message}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new SearchContractError(`${file}: data-search-filters must be a JSON object of string arrays`);
    }
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
        throw new SearchContractError(`${file}: data-search-filters.${k} must be an array of strings`);
      }
      const vals = [...new Set((v as string[]).map((x) => x.trim()).filter(Boolean))].sort();
      if (vals.length) filters[k] = vals;
    }
  }
  return { type: type as SearchType, title, filters, text: page.text };
}
