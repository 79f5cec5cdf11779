/**
 * Reads one built HTML page per the search contract: the single element carrying
 * data-search-type, its data-search-title / data-search-filters, and its text (minus
 * data-search-ignore subtrees, <script>, <style>, <nav>, <template>). Block elements are
 * separated by line breaks so that words of neighbouring blocks never run together.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

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

function findAll(node: Nodes, pred: (e: Element) => boolean, out: Element[] = []): Element[] {
  if (node.type === 'element' && pred(node)) out.push(node);
  if ('children' in node) for (const c of node.children) findAll(c as Nodes, pred, out);
  return out;
}

function attr(e: Element, name: string): string | undefined {
  const v = e.properties[name];
  if (v === undefined || v === null || v === false) return undefined;
  return Array.isArray(v) ? v.join(' ') : String(v);
}

function textOf(node: Nodes, parts: string[]): void {
  if (node.type === 'text') {
    parts.push(node.value);
    return;
  }
  if (node.type === 'element') {
    if (SKIP.has(node.tagName)) return;
    if (node.properties.dataSearchIgnore !== undefined && node.properties.dataSearchIgnore !== false) return;
    const block = BLOCK.has(node.tagName);
    if (block) parts.push('\n');
    for (const c of node.children) textOf(c as Nodes, parts);
    if (block) parts.push('\n');
    return;
  }
  if (node.type === 'root') for (const c of node.children) textOf(c as Nodes, parts);
}

/** Text content of a subtree per the contract, whitespace collapsed, blocks on their own lines. */
export function elementText(node: Nodes): string {
  const parts: string[] = [];
  textOf(node, parts);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Null when the page has no data-search-type (not indexed). Throws SearchContractError. */
export function extractPage(html: string, file = 'page'): ExtractedPage | null {
  // Most of the build's HTML by bytes is list pages (reports, archive, tags) that are not indexed:
  // skip them without parsing, and parse indexed pages from their indexed element on, so the
  // head and site header are not parsed (about half of the indexing time at N = 4,000).
  const marker = html.indexOf('data-search-type');
  if (marker === -1) return null;
  const start = html.lastIndexOf('<', marker);
  const hasOwnTitle = /data-search-title\s*=\s*["'][^"'\s]/.test(html.slice(start, html.indexOf('>', marker) + 1));
  const tree: Root = fromHtml(hasOwnTitle ? html.slice(start) : html, { fragment: hasOwnTitle });
  const hits = findAll(tree, (e) => attr(e, 'dataSearchType') !== undefined);
  if (hits.length === 0) return null;
  if (hits.length > 1) throw new SearchContractError(`${file}: ${hits.length} elements carry data-search-type (expected one)`);
  const el = hits[0];
  const type = attr(el, 'dataSearchType') as string;
  if (!(SEARCH_TYPES as readonly string[]).includes(type)) {
    throw new SearchContractError(`${file}: data-search-type="${type}" is not one of ${SEARCH_TYPES.join('|')}`);
  }
  let title = attr(el, 'dataSearchTitle')?.trim() ?? '';
  if (!title) {
    const t = findAll(tree, (e) => e.tagName === 'title')[0];
    title = t ? elementText(t).replace(/\n/g, ' ') : '';
  }
  const filters: Record<string, string[]> = {};
  const raw = attr(el, 'dataSearchFilters');
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
  return { type: type as SearchType, title, filters, text: elementText(el) };
}
