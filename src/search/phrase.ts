/**
 * Exact-phrase search on top of Pagefind — the pure part, shared by the build (Node) and the
 * browser (no Node imports here).
 *
 * Index side. A text becomes a sequence of "positions", one whitespace-separated token each;
 * Pagefind stores the position of every token it indexes and counts every token, indexed or not:
 *   - every CJK character is one position, token `c` + code(char) + code(next char) — an
 *     overlapping bigram — or `c` + code(char) + code(U+3000) at the end of a CJK run. U+3000
 *     (a space) is never in a run, and the end must be coded like a character: Pagefind answers
 *     a word its index lacks with the longest indexed word that begins it, so a bare `c` +
 *     code(char) would stand in for every missing bigram starting with that character (台账本
 *     found on a page saying 台账，). With every `c` token the same shape, none begins another;
 *   - every other word ([\p{L}\p{N}\p{M}]+ outside CJK) is one position, token `w` + word + `_`
 *     (`_` is a word character to Pagefind, never one of ours): for the same reason, no word may
 *     begin another — Pagefind would extend 201 to 2011 and answer githubs with github;
 *   - every run of punctuation/symbols is one position, token = the characters themselves
 *     (Pagefind does not index them but still counts the position), and so is whitespace
 *     between two CJK characters (token U+2063), so that no phrase matches across it.
 * Characters are coded in lower-case base 36 (prefix-free: 3 digits, or `z` + 4 digits) so that
 * the Intl.Segmenter that Pagefind applies to queries on zh pages never splits a token, and so
 * that a CJK token can never collide with a real word.
 *
 * Query side. The query is coded the same way; each whitespace-separated part is a phrase whose
 * tokens must sit at consecutive positions (punctuation positions are wildcards). A phrase of k
 * CJK characters needs only ⌈k/2⌉ bigrams (non-overlapping, the last one overlapping when k is
 * odd) — fewer index chunks to download. Pagefind is asked for records holding all of a
 * phrase's tokens (plus, when needed, a few searches that tell the tokens' locations apart: see
 * planPhrase), and phrases are verified from the word locations Pagefind returns, before any
 * fragment is downloaded. Fragments are loaded only for the excerpts of the results shown.
 */

export { indexLanguage, isIndexLanguage, PAGE_TABLE_FILE } from './files.ts';

const CODE_BASE = 0x3000;
const CODE3_MAX = 35 * 36 * 36; // first digit 0-9a-y; `z` escapes to 4 digits

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC]/u;
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/u;
const INVISIBLE_RE = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\p{Cc}]/u;
const COMPAT_OK_RE = /^[\p{L}\p{N}\p{M}\s]+$/u;
const CTOKEN_RE = /^c[0-9a-z]{3,10}$/;
/** Marks, inside a punctuation token, whitespace before/after it (U+2063 is not whitespace). */
const SPACE_MARK = '\u2063';

export function isCjk(ch: string): boolean {
  return CJK_RE.test(ch);
}

/**
 * Canonical composition; letters, digits and ideographs in their compatibility form (ＡＰＩ → API,
 * ① → 1, U+F900 → U+8C48), punctuation and symbols left alone (Chinese ，。（） stay full-width);
 * zero-width and control characters dropped (tabs and line breaks become spaces).
 */
export function normalizeText(s: string): string {
  // printable ASCII and CJK ideographs stay as they are; every other character is normalized on
  // its own (the build codes every page with this: per-character work is kept to those characters)
  return s.normalize('NFC').replace(/[^\x20-\x7e\u4e00-\u9fff]/gu, normalizeChar);
}

const normalizedChars = new Map<string, string>();

function normalizeChar(ch: string): string {
  let out = normalizedChars.get(ch);
  if (out === undefined) {
    if (INVISIBLE_RE.test(ch)) out = ch === '\n' || ch === '\t' || ch === '\r' ? ' ' : '';
    else {
      const k = ch.normalize('NFKC');
      out = k !== ch && COMPAT_OK_RE.test(k) ? k : ch;
    }
    normalizedChars.set(ch, out);
  }
  return out;
}

/** Ends every word token (see the top of the file). */
const WORD_END = '_';

/** by code point: the build codes millions of characters, from a few thousand distinct ones */
const charCodes = new Map<number, string>();

export function charCode(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  let code = charCodes.get(cp);
  if (code === undefined) {
    const v = cp - CODE_BASE;
    code = v >= 0 && v < CODE3_MAX ? v.toString(36).padStart(3, '0') : 'z' + cp.toString(36).padStart(4, '0');
    charCodes.set(cp, code);
  }
  return code;
}

/** Stands for "no next character" in the token of a CJK run's last character. */
const RUN_END = charCode('\u3000');

/** Decodes the character code at `i`: [character, code length]. */
export function readCharCode(s: string, i: number): [string, number] {
  if (s[i] === 'z') return [String.fromCodePoint(parseInt(s.slice(i + 1, i + 5), 36)), 5];
  return [String.fromCodePoint(parseInt(s.slice(i, i + 3), 36) + CODE_BASE), 3];
}

export type UnitKind = 'c' | 'w' | 'p';
/**
 * One position: a CJK character, a word, a run of punctuation/symbols, or (text '') the break
 * that whitespace makes between two CJK characters.
 */
export interface Unit {
  kind: UnitKind;
  text: string;
  /** whitespace (or a line break) precedes this unit */
  space: boolean;
}

const charKinds = new Map<string, UnitKind | ' '>();

/**
 * A character's kind, or ' ' for whitespace: ASCII and CJK ideographs without a regex test. The
 * same kinds as the regexes give in Node 24 for every code point (checked exhaustively); a browser
 * whose Unicode tables predate U+9FF0–U+9FFF now codes those as CJK too, as the index does.
 */
function classify(ch: string): UnitKind | ' ' {
  const cp = ch.charCodeAt(0);
  if (cp < 0x80) {
    if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return ' ';
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'w' : 'p';
  }
  if (cp >= 0x4e00 && cp <= 0x9fff) return 'c';
  let kind = charKinds.get(ch);
  if (kind === undefined) {
    kind = SPACE_RE.test(ch) ? ' ' : CJK_RE.test(ch) ? 'c' : WORD_RE.test(ch) ? 'w' : 'p';
    charKinds.set(ch, kind);
  }
  return kind;
}

/** Splits text into positions. */
export function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let cur: Unit | null = null;
  let space = false;
  for (const ch of normalizeText(text)) {
    const kind = classify(ch);
    if (kind === ' ') {
      cur = null;
      space = units.length > 0;
      continue;
    }
    if (kind === 'c' && space && units[units.length - 1]?.kind === 'c') {
      // whitespace between CJK characters is a break, not typography: it takes a position, so
      // that a phrase can never match across it (考核 办法 does not hold 考核办法)
      units.push({ kind: 'p', text: '', space: true });
      space = false;
    }
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

/** Lower-case, no diacritics: how Pagefind normalizes words on both sides. */
export function foldWord(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

/** True when units[i] and units[i+1] form one CJK run (bigram). */
function joined(units: readonly Unit[], i: number): boolean {
  const next = units[i + 1];
  return units[i].kind === 'c' && next !== undefined && next.kind === 'c' && !next.space;
}

/** The tokens of a text, one per position, joined by spaces: a Pagefind record's `content`. */
export function encodeUnits(units: readonly Unit[]): string {
  const out: string[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'w') out.push('w' + u.text + WORD_END);
    else if (u.kind === 'p') out.push((u.space ? SPACE_MARK : '') + u.text + (units[i + 1]?.space ? SPACE_MARK : ''));
    else out.push('c' + charCode(u.text) + (joined(units, i) ? charCode(units[i + 1].text) : RUN_END));
  }
  return out.join(' ');
}

export function encodeText(text: string): string {
  return encodeUnits(toUnits(text));
}

/**
 * Record content back to positions. Spacing is exact around punctuation (marked in its token)
 * and between CJK characters (bigram or not); a word next to CJK is assumed spaced.
 */
export function decodeContent(content: string): Unit[] {
  const out: Unit[] = [];
  let prev: { kind: UnitKind; bigram: boolean; spaceAfter: boolean } | null = null;
  for (const t of content.split(/\s+/)) {
    if (!t) continue;
    let u: Unit;
    let bigram = false;
    let spaceAfter = false;
    if (CTOKEN_RE.test(t)) {
      const [ch, len] = readCharCode(t, 1);
      bigram = t.length > 1 + len && t.slice(1 + len) !== RUN_END;
      u = { kind: 'c', text: ch, space: false };
      if (prev) u.space = prev.kind === 'p' ? prev.spaceAfter : prev.kind === 'w' || !prev.bigram;
    } else if (t[0] === 'w' && t.length > 2 && t.endsWith(WORD_END)) {
      u = { kind: 'w', text: t.slice(1, -1), space: false };
      if (prev) u.space = prev.kind === 'p' ? prev.spaceAfter : true;
    } else {
      const before = t.startsWith(SPACE_MARK);
      spaceAfter = t.length > 1 && t.endsWith(SPACE_MARK);
      u = { kind: 'p', text: t.slice(before ? 1 : 0, spaceAfter ? -1 : undefined), space: before && prev !== null };
    }
    out.push(u);
    prev = { kind: u.kind, bigram, spaceAfter };
  }
  return out;
}

export interface Term {
  /** position relative to the phrase start */
  offset: number;
  /** the token handed to Pagefind (which matches it as a prefix) */
  token: string;
}
export interface Phrase {
  /** normalized phrase text */
  text: string;
  /** searched terms; punctuation positions have none (wildcards) */
  terms: Term[];
  /** positions the phrase covers */
  span: number;
  /** the phrase's positions, for the exact check on a fragment */
  units: Unit[];
}
export interface ParsedQuery {
  phrases: Phrase[];
  /** distinct tokens to search */
  tokens: string[];
}

/**
 * Query → phrases. Whitespace separates phrases (each must occur, anywhere on the page);
 * within a phrase, positions are consecutive. A CJK run of k ≥ 2 characters is covered by
 * ⌈k/2⌉ bigrams; a lone CJK character is searched as the prefix of every token starting with it.
 */
export function parseQuery(q: string): ParsedQuery {
  const phrases: Phrase[] = [];
  const tokens: string[] = [];
  const seenPhrase = new Set<string>();
  for (const part of normalizeText(q).split(/\s+/u)) {
    let units = toUnits(part);
    // punctuation at the ends cannot be verified: drop it
    let a = 0;
    let b = units.length;
    while (a < b && units[a].kind === 'p') a++;
    while (b > a && units[b - 1].kind === 'p') b--;
    units = units.slice(a, b).map((u, i) => ({ ...u, space: i > 0 && u.space }));
    if (!units.length) continue;
    const terms: Term[] = [];
    let i = 0;
    while (i < units.length) {
      const u = units[i];
      if (u.kind === 'p') {
        i++;
      } else if (u.kind === 'w') {
        terms.push({ offset: i, token: 'w' + foldWord(u.text) + WORD_END });
        i++;
      } else {
        // CJK run [i, end)
        let end = i + 1;
        while (end < units.length && joined(units, end - 1)) end++;
        const k = end - i;
        const bigram = (at: number) => ({ offset: at, token: 'c' + charCode(units[at].text) + charCode(units[at + 1].text) });
        if (k === 1) terms.push({ offset: i, token: 'c' + charCode(u.text) });
        for (let s = i; s + 1 < end; s += 2) terms.push(bigram(s));
        if (k > 1 && k % 2 === 1) terms.push(bigram(end - 2));
        i = end;
      }
    }
    if (!terms.length) continue;
    const text = units.map((x) => (x.space ? ' ' : '') + x.text).join('');
    if (seenPhrase.has(text)) continue;
    seenPhrase.add(text);
    for (const t of terms) if (!tokens.includes(t.token)) tokens.push(t.token);
    phrases.push({ text, terms, span: units.length, units });
  }
  return { phrases, tokens };
}

/** Sorted word locations of each token within one record. */
export type Locations = Map<string, readonly number[]>;

function hasSorted(sorted: readonly number[], x: number): boolean {
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
      if (t !== anchor && !hasSorted(locs.get(t.token) as readonly number[], start + t.offset)) {
        ok = false;
        break;
      }
    }
    if (ok && starts[starts.length - 1] !== start) starts.push(start);
  }
  return starts;
}

/**
 * How to get exact token locations for a phrase from Pagefind, whose result for a multi-word
 * query gives the union of the words' locations (which location holds which word is not said):
 *   - `union`: one search of all tokens; the union is exact when the phrase has one token, or is
 *     a single CJK run of distinct characters covered by a full chain of bigrams (k ≤ 3): the
 *     bigrams at consecutive positions must then chain in the query's order;
 *   - `leaveOneOut`: search all m tokens (records holding all, union U), then all but token j for
 *     j < m-1 (U_j): token j sits at U \ U_j, the last one at what remains. Each search but the
 *     first requires m-1 tokens, so stays cheap; only m = 2 needs a one-token search;
 *   - `perToken`: one search per token, when one token is a prefix of another (a lone CJK
 *     character and a bigram starting with it, or a word and a longer one), which would break
 *     the set differences above.
 * Without this, a 4-character query ABCD (bigrams AB@0, CD@2) would match a text saying CDAB.
 */
export interface PhrasePlan {
  mode: 'union' | 'leaveOneOut' | 'perToken';
  /** distinct tokens of the phrase */
  tokens: string[];
  /** Pagefind queries to run; the first one's results are the candidate records */
  searches: string[];
}

export function planPhrase(phrase: Phrase): PhrasePlan {
  const tokens = [...new Set(phrase.terms.map((t) => t.token))];
  const all = tokens.join(' ');
  if (tokens.length === 1 || unionIsExact(phrase)) return { mode: 'union', tokens, searches: [all] };
  if (tokens.some((a) => tokens.some((b) => a !== b && b.startsWith(a)))) return { mode: 'perToken', tokens, searches: tokens };
  const searches = [all];
  for (let j = 0; j < tokens.length - 1; j++) searches.push(tokens.filter((_, i) => i !== j).join(' '));
  return { mode: 'leaveOneOut', tokens, searches };
}

function unionIsExact(phrase: Phrase): boolean {
  if (!phrase.units.every((u) => u.kind === 'c')) return false;
  if (new Set(phrase.units.map((u) => u.text)).size !== phrase.units.length) return false;
  const offsets = new Set(phrase.terms.map((t) => t.offset));
  for (let i = 0; i + 1 < phrase.units.length; i++) if (!offsets.has(i)) return false;
  return true;
}

const numeric = (a: number, b: number) => a - b;

function sortedCopy(w: readonly number[]): readonly number[] {
  for (let i = 1; i < w.length; i++) if (w[i - 1] > w[i]) return w.slice().sort(numeric);
  return w;
}

/**
 * Exact locations of each token in one record, from the `words` of that record in the results
 * of each of plan.searches (undefined where the record is absent). Null: the record lacks a token.
 */
export function planLocations(plan: PhrasePlan, words: readonly (readonly number[] | undefined)[]): Locations | null {
  if (plan.mode === 'union') {
    const w = words[0];
    if (!w || !w.length) return null;
    const sorted = sortedCopy(w);
    return new Map(plan.tokens.map((t) => [t, sorted]));
  }
  if (plan.mode === 'perToken') {
    const m = new Map<string, readonly number[]>();
    for (let i = 0; i < plan.tokens.length; i++) {
      const w = words[i];
      if (!w || !w.length) return null;
      m.set(plan.tokens[i], sortedCopy(w));
    }
    return m;
  }
  const all = words[0];
  if (!all || !all.length) return null;
  const rest = new Set(all);
  const m = new Map<string, readonly number[]>();
  for (let j = 0; j < plan.tokens.length - 1; j++) {
    const without = new Set(words[j + 1] ?? []);
    const mine = all.filter((x) => !without.has(x)).sort(numeric);
    for (const x of mine) rest.delete(x);
    m.set(plan.tokens[j], mine);
  }
  m.set(plan.tokens[plan.tokens.length - 1], [...rest].sort(numeric));
  return m;
}

export interface Match {
  start: number;
  span: number;
  /** index of the phrase in ParsedQuery.phrases */
  phrase: number;
}

/** True when the phrase's units really sit at `start` of the decoded section. */
export function confirmMatch(phrase: Phrase, units: readonly Unit[], start: number): boolean {
  for (let i = 0; i < phrase.units.length; i++) {
    const q = phrase.units[i];
    const u = units[start + i];
    if (!u) return false;
    if (q.kind === 'p') continue; // punctuation is a wildcard
    if (u.kind !== q.kind) return false;
    if (q.kind === 'c') {
      if (u.text !== q.text) return false;
    } else if (foldWord(u.text) !== foldWord(q.text)) {
      return false; // whole words, as the index matches them (see WORD_END)
    }
  }
  return true;
}

/** Matches that survive the exact check against the decoded record. */
export function confirmMatches(query: ParsedQuery, units: readonly Unit[], matches: readonly Match[]): Match[] {
  return matches.filter((m) => confirmMatch(query.phrases[m.phrase], units, m.start));
}

/**
 * True when a match found from locations is to be confirmed on the fragment: a phrase with a word
 * inside it. Before word tokens ended with WORD_END, Pagefind matched such a word as a prefix
 * (GitHubs仓库 for GitHub仓库); now the check only guards against what the locations cannot show.
 */
export function needsConfirm(query: ParsedQuery): boolean {
  return query.phrases.some((p) => p.units.some((u, i) => u.kind === 'w' && i < p.units.length - 1));
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Plain text of units[from, to). */
export function unitsText(units: readonly Unit[], from = 0, to = units.length): string {
  let s = '';
  for (let i = Math.max(0, from); i < Math.min(units.length, to); i++) {
    if (i > from && units[i].space) s += ' ';
    s += units[i].text;
  }
  return s;
}

/**
 * HTML excerpt (escaped, hits in <mark>) of about `width` positions around the window with the
 * most matches.
 */
export function buildExcerpt(units: readonly Unit[], matches: readonly Match[], width = 64): string {
  const ms = matches.slice().sort((a, b) => a.start - b.start);
  let from = 0;
  if (ms.length) {
    let best = 0;
    let bestScore = -1;
    let j = 0;
    for (let i = 0; i < ms.length; i++) {
      while (ms[j].start + width < ms[i].start + ms[i].span) j++;
      const phrases = new Set(ms.slice(j, i + 1).map((m) => m.phrase)).size;
      const score = phrases * 1000 + (i - j + 1);
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
    from = Math.max(0, ms[best].start - Math.floor(width / 4));
  }
  const to = Math.min(units.length, from + width);
  if (to - from < width) from = Math.max(0, to - width);
  const marked = new Uint8Array(Math.max(0, to - from));
  for (const m of ms) for (let k = m.start; k < m.start + m.span; k++) if (k >= from && k < to) marked[k - from] = 1;
  let html = from > 0 ? '…' : '';
  let open = false;
  for (let i = from; i < to; i++) {
    const sep = i > from && units[i].space ? ' ' : '';
    const m = marked[i - from] === 1;
    if (m && !open) {
      html += sep + '<mark>';
      open = true;
    } else if (m && open && sep) {
      html += '</mark>' + sep + '<mark>';
    } else if (!m && open) {
      html += '</mark>' + sep;
      open = false;
    } else {
      html += sep;
    }
    html += escapeHtml(units[i].text);
  }
  if (open) html += '</mark>';
  if (to < units.length) html += '…';
  return html;
}

/**
 * Splits a text (lines = blocks) into sections of about `target` positions, at line breaks; a
 * line longer than that is cut with `overlap` positions repeated, so that no phrase shorter than
 * the overlap is lost at a cut.
 */
export function splitSections(text: string, target = 1000, overlap = 32): string[] {
  const sections: string[] = [];
  let cur: string[] = [];
  let curLen = 0;
  const flush = () => {
    if (cur.length) sections.push(cur.join('\n'));
    cur = [];
    curLen = 0;
  };
  for (const line of text.split('\n')) {
    const units = toUnits(line);
    if (!units.length) continue;
    if (curLen + units.length <= target) {
      cur.push(line);
      curLen += units.length;
      continue;
    }
    flush();
    if (units.length <= target) {
      cur.push(line);
      curLen = units.length;
      continue;
    }
    // an overlong line: cut it, repeating `overlap` positions across each cut
    for (let s = 0; s < units.length; s += target - overlap) {
      const piece = units.slice(s, Math.min(units.length, s + target));
      sections.push(unitsText(piece));
      if (s + target >= units.length) break;
    }
  }
  flush();
  return sections;
}
