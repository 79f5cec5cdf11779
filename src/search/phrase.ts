/**
 * Exact-phrase search on top of Pagefind — the pure part, shared by the build (Node) and the
 * browser. No Node imports here.
 *
 * Index side: a page's text becomes a sequence of whitespace-separated tokens, one per
 * "position", and Pagefind stores the position of every token it indexes:
 *   - every CJK character is one position; its token is `c` + code(char) + code(next char)
 *     (an overlapping bigram), or `c` + code(char) at the end of a CJK run;
 *   - every other word ([\p{L}\p{N}\p{M}]+ outside CJK) is one position, token `w` + word;
 *   - every run of punctuation/symbols is one position, token = the characters themselves
 *     (Pagefind does not index them, but still counts them as a position).
 * Characters are coded in lower-case base 36 (prefix-free: 3 digits, or `z` + 4 digits), so
 * that the browser's Intl.Segmenter (which Pagefind applies to queries on zh pages) never splits
 * a token, and so that a CJK token can never collide with a real word (`w…`).
 * The first TITLE_SLOTS positions hold the title (padded with FILL), so a match at a position
 * below TITLE_SLOTS is a title hit — knowable before any fragment is downloaded.
 *
 * Query side: the query is coded the same way; each whitespace-separated part is a phrase whose
 * tokens must sit at consecutive positions (punctuation positions are wildcards). Each distinct
 * token is searched on its own, and a phrase is verified from the per-token word locations that
 * Pagefind returns before loading fragments.
 */

export const TITLE_SLOTS = 48;
export const FILL = '¦';
/** Pagefind record language: one with no stemmer and no segmentation. */
export const INDEX_LANGUAGE = 'zz';

const CODE_BASE = 0x3000;
const CODE3_MAX = 35 * 36 * 36; // first digit 0-9a-y; `z` escapes to 4 digits

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC]/u;
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/u;
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD\p{Cc}]/gu;

export function isCjk(ch: string): boolean {
  return CJK_RE.test(ch);
}

/** NFKC, drop zero-width and control characters (keeping \n and \t as whitespace). */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(INVISIBLE_RE, (c) => (c === '\n' || c === '\t' || c === '\r' ? ' ' : ''));
}

export function charCode(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const v = cp - CODE_BASE;
  if (v >= 0 && v < CODE3_MAX) return v.toString(36).padStart(3, '0');
  return 'z' + cp.toString(36).padStart(4, '0');
}

/** Decodes one character code at `i`; returns the character and the code length. */
export function readCharCode(s: string, i: number): [string, number] {
  if (s[i] === 'z') return [String.fromCodePoint(parseInt(s.slice(i + 1, i + 5), 36)), 5];
  return [String.fromCodePoint(parseInt(s.slice(i, i + 3), 36) + CODE_BASE), 3];
}

export type TokenKind = 'c' | 'w' | 'p';
/** One position of the text: a CJK character, a word, or a run of punctuation. */
export interface Unit {
  kind: TokenKind;
  text: string;
  /** whitespace (or a block boundary) precedes this unit in the source */
  space: boolean;
}

/** Splits (normalized) text into positions. */
export function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let cur: Unit | null = null;
  let space = false;
  for (const ch of normalizeText(text)) {
    if (SPACE_RE.test(ch)) {
      cur = null;
      space = true;
      continue;
    }
    let kind: TokenKind;
    if (CJK_RE.test(ch)) kind = 'c';
    else if (WORD_RE.test(ch)) kind = 'w';
    else kind = 'p';
    if (kind !== 'c' && cur && cur.kind === kind) {
      cur.text += ch;
      continue;
    }
    cur = { kind, text: ch, space };
    units.push(cur);
    space = false;
    if (kind === 'c') cur = null;
  }
  return units;
}

/** Lower-cases a word and strips diacritics, the way Pagefind normalizes its query. */
export function foldWord(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

/** The token Pagefind indexes for units[i] (CJK: bigram with the next unit when it is CJK too). */
function unitToken(units: Unit[], i: number): string {
  const u = units[i];
  if (u.kind === 'w') return 'w' + u.text;
  if (u.kind === 'p') return u.text;
  const next = units[i + 1];
  return next && next.kind === 'c' && !next.space ? 'c' + charCode(u.text) + charCode(next.text) : 'c' + charCode(u.text);
}

function unitsToTokens(units: Unit[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < units.length; i++) out.push(unitToken(units, i));
  return out;
}

/**
 * The `content` of a Pagefind record: title region (TITLE_SLOTS positions) then the body.
 * Every position is one whitespace-separated token.
 */
export function encodeRecord(title: string, body: string): string {
  const titleUnits = toUnits(title).slice(0, TITLE_SLOTS - 1);
  const tokens = unitsToTokens(titleUnits);
  // a bigram at the cut would point at a character that is not there: end the run instead
  if (titleUnits.length && titleUnits[titleUnits.length - 1].kind === 'c') {
    tokens[tokens.length - 1] = 'c' + charCode(titleUnits[titleUnits.length - 1].text);
  }
  while (tokens.length < TITLE_SLOTS) tokens.push(FILL);
  const bodyUnits = toUnits(body);
  const bodyTokens = unitsToTokens(bodyUnits);
  // the space flag is not recoverable from tokens alone; keep it by prefixing a CJK run that
  // follows whitespace after a word/punct? Not needed: decodeRecord uses a spacing heuristic.
  return tokens.concat(bodyTokens).join(' ');
}

/** Decoded record content: one Unit per position (title region included). */
export function decodeRecord(content: string): Unit[] {
  const toks = content.split(/[^\S\uFEFF]+/).filter((t) => t.length > 0);
  const out: Unit[] = [];
  let prev: { kind: TokenKind; bigram: boolean } | null = null;
  for (const t of toks) {
    let u: Unit;
    let bigram = false;
    if (/^c[0-9a-z]{3,10}$/.test(t)) {
      const [ch, len] = readCharCode(t, 1);
      bigram = t.length > 1 + len;
      u = { kind: 'c', text: ch, space: false };
    } else if (t[0] === 'w' && t.length > 1) {
      u = { kind: 'w', text: t.slice(1), space: false };
    } else {
      u = { kind: 'p', text: t, space: false };
    }
    // spacing heuristic: words are separated from words and CJK; two CJK runs that were not
    // joined by a bigram were separated by whitespace (or a block boundary)
    if (prev) {
      if (u.kind === 'c' && prev.kind === 'c') u.space = !prev.bigram;
      else if (u.kind === 'w' && prev.kind !== 'p') u.space = true;
      else if (u.kind === 'c' && prev.kind === 'w') u.space = true;
      else if (u.kind === 'w' && prev.kind === 'p') u.space = /[,.;:!?)\]}]$/.test(prev.text as string);
    }
    out.push(u);
    prev = { kind: u.kind, bigram };
  }
  return out;
}

export interface Term {
  /** position relative to the phrase start */
  offset: number;
  /** the token handed to Pagefind (prefix-matched by Pagefind) */
  token: string;
}
export interface Phrase {
  /** the normalized phrase text, for display */
  text: string;
  /** searchable terms; punctuation positions are wildcards and have none */
  terms: Term[];
  /** number of positions the phrase covers */
  span: number;
  /** the phrase's units, for the exact check against a fragment */
  units: Unit[];
}
export interface ParsedQuery {
  phrases: Phrase[];
  /** distinct tokens to search */
  tokens: string[];
}

/**
 * Query → phrases. Whitespace separates phrases (all must be present, anywhere); inside a
 * phrase, consecutive positions. A CJK run of k ≥ 2 characters needs its k-1 bigrams; a lone
 * CJK character is searched by its code as a prefix of every token starting with it.
 */
export function parseQuery(q: string): ParsedQuery {
  const phrases: Phrase[] = [];
  const seen = new Set<string>();
  const tokens: string[] = [];
  for (const part of normalizeText(q).split(/\s+/u)) {
    let units = toUnits(part);
    // leading/trailing punctuation cannot be verified: drop it
    while (units.length && units[0].kind === 'p') units = units.slice(1);
    while (units.length && units[units.length - 1].kind === 'p') units = units.slice(0, -1);
    if (!units.length) continue;
    const terms: Term[] = [];
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (u.kind === 'p') continue;
      let token: string;
      if (u.kind === 'w') token = 'w' + foldWord(u.text);
      else {
        const next = units[i + 1];
        const prev = units[i - 1];
        if (next && next.kind === 'c') token = 'c' + charCode(u.text) + charCode(next.text);
        else if (prev && prev.kind === 'c') continue; // covered by the previous bigram
        else token = 'c' + charCode(u.text);
      }
      terms.push({ offset: i, token });
      if (!seen.has(token)) {
        seen.add(token);
        tokens.push(token);
      }
    }
    if (!terms.length) continue;
    const text = units.map((u, i) => (i > 0 && u.space ? ' ' : '') + u.text).join('');
    phrases.push({ text, terms, span: units.length, units });
  }
  return { phrases, tokens };
}

/** Sorted locations of each token within one record. */
export type Locations = Map<string, readonly number[]>;

function has(sorted: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid];
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Start positions where every term of the phrase sits at start + offset. */
export function findPhrase(phrase: Phrase, locs: Locations): number[] {
  let anchor: Term | null = null;
  let anchorLocs: readonly number[] = [];
  for (const t of phrase.terms) {
    const l = locs.get(t.token);
    if (!l || !l.length) return [];
    if (!anchor || l.length < anchorLocs.length) {
      anchor = t;
      anchorLocs = l;
    }
  }
  if (!anchor) return [];
  const starts: number[] = [];
  for (const a of anchorLocs) {
    const start = a - anchor.offset;
    if (start < 0) continue;
    let ok = true;
    for (const t of phrase.terms) {
      if (t === anchor) continue;
      if (!has(locs.get(t.token) as readonly number[], start + t.offset)) {
        ok = false;
        break;
      }
    }
    if (ok) starts.push(start);
  }
  return starts;
}

export interface Match {
  start: number;
  span: number;
}
export interface Verified {
  /** matches of every phrase, sorted by position */
  matches: Match[];
  titleHits: number;
  bodyHits: number;
}

/** Verifies all phrases on one record; null when some phrase is missing. */
export function verify(query: ParsedQuery, locs: Locations): Verified | null {
  const matches: Match[] = [];
  let titleHits = 0;
  let bodyHits = 0;
  for (const p of query.phrases) {
    const starts = findPhrase(p, locs);
    if (!starts.length) return null;
    for (const s of starts) {
      // a match may not straddle the title region's end (FILL keeps that from happening)
      if (s < TITLE_SLOTS) titleHits++;
      else bodyHits++;
      matches.push({ start: s, span: p.span });
    }
  }
  matches.sort((a, b) => a.start - b.start || a.span - b.span);
  return { matches, titleHits, bodyHits };
}

export interface Rankable {
  id: string;
  score: number;
  verified: Verified;
}

/**
 * Title hits first, then more occurrences of the phrase(s) (log-damped), then Pagefind's own
 * score, then id (so the order is deterministic).
 */
export function rank<T extends Rankable>(items: T[]): T[] {
  return items.slice().sort((a, b) => {
    const ta = a.verified.titleHits > 0 ? 1 : 0;
    const tb = b.verified.titleHits > 0 ? 1 : 0;
    if (ta !== tb) return tb - ta;
    const oa = Math.floor(Math.log2(1 + a.verified.bodyHits) * 4);
    const ob = Math.floor(Math.log2(1 + b.verified.bodyHits) * 4);
    if (oa !== ob) return ob - oa;
    if (a.score !== b.score) return b.score - a.score;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** True when the phrase's units really sit at `start` in the decoded record (exact words). */
export function confirmMatch(phrase: Phrase, units: readonly Unit[], start: number): boolean {
  for (let i = 0; i < phrase.units.length; i++) {
    const q = phrase.units[i];
    const u = units[start + i];
    if (!u) return false;
    if (q.kind === 'p') continue; // punctuation is a wildcard
    if (u.kind !== q.kind) return false;
    if (q.kind === 'c') {
      if (u.text !== q.text) return false;
    } else {
      const a = foldWord(u.text);
      const b = foldWord(q.text);
      // the last word of a phrase may be a prefix (search-as-you-type), the others are exact
      if (i === phrase.units.length - 1 ? !a.startsWith(b) : a !== b) return false;
    }
  }
  return true;
}

/**
 * Re-checks matches against the decoded record (only words can differ: Pagefind matches word
 * prefixes). Returns the surviving matches, or null if some phrase no longer matches.
 */
export function confirm(query: ParsedQuery, units: readonly Unit[], matches: readonly Match[]): Match[] | null {
  const kept: Match[] = [];
  for (const p of query.phrases) {
    let any = false;
    for (const m of matches) {
      if (m.span === p.span && confirmMatch(p, units, m.start)) {
        any = true;
        if (!kept.some((k) => k.start === m.start && k.span === m.span)) kept.push(m);
      }
    }
    if (!any) return null;
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Plain text of units[from, to) with the decoded spacing. */
export function unitsText(units: readonly Unit[], from: number, to: number): string {
  let s = '';
  for (let i = Math.max(0, from); i < Math.min(units.length, to); i++) {
    if (i > from && units[i].space) s += ' ';
    s += units[i].text;
  }
  return s;
}

/** The title as stored in the title region. */
export function titleText(units: readonly Unit[]): string {
  let end = 0;
  for (let i = 0; i < Math.min(TITLE_SLOTS, units.length); i++) if (units[i].text !== FILL) end = i + 1;
  return unitsText(units, 0, end);
}

/**
 * An HTML excerpt (escaped, hits in <mark>) of about `width` positions around the body match
 * with the most hits nearby. Title-only matches show the body's opening.
 */
export function buildExcerpt(units: readonly Unit[], matches: readonly Match[], width = 60): string {
  const body = matches.filter((m) => m.start >= TITLE_SLOTS);
  let from = TITLE_SLOTS;
  if (body.length) {
    // densest window of `width` positions
    let best = 0;
    let bestCount = 0;
    let j = 0;
    for (let i = 0; i < body.length; i++) {
      while (body[j].start + width < body[i].start + body[i].span) j++;
      if (i - j + 1 > bestCount) {
        bestCount = i - j + 1;
        best = j;
      }
    }
    const first = body[best];
    from = Math.max(TITLE_SLOTS, first.start - Math.floor(width / 4));
  }
  const to = Math.min(units.length, from + width);
  if (from < to && to - from < width) from = Math.max(TITLE_SLOTS, to - width);
  const marked = new Uint8Array(Math.max(0, to - from));
  for (const m of body) {
    for (let k = m.start; k < m.start + m.span; k++) if (k >= from && k < to) marked[k - from] = 1;
  }
  let html = from > TITLE_SLOTS ? '…' : '';
  let open = false;
  for (let i = from; i < to; i++) {
    const u = units[i];
    const m = marked[i - from] === 1;
    const sep = i > from && u.space ? ' ' : '';
    if (m && !open) {
      html += sep + '<mark>';
      open = true;
    } else if (!m && open) {
      html += '</mark>' + sep;
      open = false;
    } else {
      html += sep;
    }
    html += escapeHtml(u.text);
  }
  if (open) html += '</mark>';
  if (to < units.length) html += '…';
  return html;
}
