import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Position } from '../../load/position.ts';
import { displayPath } from '../../load/tree.ts';
import type { CheckedContent, Entry } from '../content.ts';
import type { Report } from '../report.ts';

const remote = /^https?:\/\//i;
/** Anything with a scheme, a site-absolute path or a fragment is not a file next to the Markdown. */
const notAFile = /^([a-z][a-z0-9+.-]*:|\/|#)/i;

/**
 * Images and links in Markdown bodies and the image keys of front matter. Full Markdown parsing
 * happens once, at render time; here a scan for link syntax (skipping code) is enough to find
 * targets, and keeps `check` close to the cost of reading the files.
 */
export function checkMarkdownLinks(content: CheckedContent, report: Report): void {
  const allowRemote = content.site?.remoteImages ?? false;
  // Many reports share an images folder; ask the file system once per target.
  const existing = new Map<string, boolean>();
  const exists = (path: string) => {
    let found = existing.get(path);
    if (found === undefined) existing.set(path, (found = existsSync(path)));
    return found;
  };
  const entries: Entry<object>[] = [...content.reports, ...content.cases, ...content.series, ...content.stages];
  for (const entry of entries) {
    const check = (url: string, image: boolean, at: () => Position) => {
      if (remote.test(url)) {
        if (image && !allowRemote) {
          report.warning(entry.file, at(), 'remote-image', `remote image ${url} will be shown as a link, not loaded (remoteImages: true in site.yml loads it)`);
        }
        return;
      }
      if (notAFile.test(url) || url === '') return;
      const target = resolve(dirname(entry.path), safeDecode(url.replace(/[?#].*$/, '')));
      if (exists(target)) return;
      report.error(entry.file, at(), image ? 'missing-image' : 'missing-link', `${image ? 'image' : 'linked file'} "${url}" does not exist (looked for ${displayPath(target)})`);
    };
    for (const key of ['cover', 'photo'] as const) {
      const src = (entry.data as { cover?: { src: string }; photo?: { src: string } })[key]?.src;
      if (src) check(src, true, () => entry.locate([key, 'src'], 'value'));
    }
    for (const link of findLinks(entry.body, entry.bodyLine)) check(link.url, link.image, () => link.at);
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

interface FoundLink {
  url: string;
  image: boolean;
  at: Position;
}

/** `[text](url "title")` or `![alt](<url with spaces>)`; link text may hold one level of brackets (an image in a link). */
const inlineLink = /(!?)\[((?:[^[\]\\]|\\.|\[(?:[^[\]\\]|\\.)*\])*)\]\(\s*(?:<([^>\n]*)>|([^)\s]*))(?:\s+["'(][^)]*["')])?\s*\)/dg;
const htmlSource = /<(img|a)\b[^>]*?\b(src|href)\s*=\s*(["'])(.*?)\3/dgi;
const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/d;

export function findLinks(body: string, firstLine: number): FoundLink[] {
  const found: FoundLink[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const line = firstLine + index;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = undefined;
      return;
    }
    if (fence || /^( {4}|\t)/.test(text)) return;
    // Most lines hold no link at all: cheap substring tests spare them the regexes, which
    // (with the d flag for positions) were most of check's time on long articles.
    const mayLink = text.includes('](');
    const mayHtml = text.includes('<');
    const mayDefine = text.includes(']:');
    if (!mayLink && !mayHtml && !mayDefine) return;
    const withoutCode = text.includes('`') ? text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)) : text;
    if (mayLink) findInline(withoutCode, 0, line, found);
    if (mayHtml) for (const match of withoutCode.matchAll(htmlSource)) {
      const isImage = match[1].toLowerCase() === 'img' && match[2].toLowerCase() === 'src';
      const isLink = match[1].toLowerCase() === 'a' && match[2].toLowerCase() === 'href';
      if (isImage || isLink) found.push({ url: match[4], image: isImage, at: { line, column: match.indices![4]![0] + 1 } });
    }
    const def = mayDefine ? definition.exec(withoutCode) : null;
    if (def && !/^\[\^/.test(withoutCode.trimStart())) found.push({ url: def[1], image: false, at: { line, column: def.indices![1]![0] + 1 } });
  });
  return found.filter((link) => link.url.trim() !== '');
}

/** Inline links and images, and those inside a link's text (`[![photo](a.png)](b.md)`). */
function findInline(text: string, offset: number, line: number, found: FoundLink[]): void {
  for (const match of text.matchAll(inlineLink)) {
    const group = match[3] !== undefined ? 3 : 4;
    found.push({ url: match[group], image: match[1] === '!', at: { line, column: offset + match.indices![group]![0] + 1 } });
    if (match[2].includes('](')) findInline(match[2], offset + match.indices![2]![0], line, found);
  }
}
