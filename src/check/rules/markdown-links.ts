import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Position } from '../../load/position.ts';
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
  const entries: Entry<{ cover?: { src: string }; photo?: { src: string } }>[] = [...content.reports, ...content.cases, ...content.series, ...content.stages];
  for (const entry of entries) {
    for (const key of ['cover', 'photo'] as const) {
      const src = entry.data[key]?.src;
      if (src) checkTarget(entry, src, true, entry.locate([key, 'src'], 'value'), allowRemote, report);
    }
    for (const link of findLinks(entry.body, entry.bodyLine)) {
      checkTarget(entry, link.url, link.image, link.at, allowRemote, report);
    }
  }
}

function checkTarget(entry: Entry<unknown>, url: string, image: boolean, at: Position, allowRemote: boolean, report: Report) {
  if (remote.test(url)) {
    if (image && !allowRemote) report.warning(entry.file, at, 'remote-image', `remote image ${url} will be shown as a link, not loaded`);
    return;
  }
  if (notAFile.test(url) || url === '') return;
  const path = safeDecode(url.replace(/[?#].*$/, ''));
  if (existsSync(resolve(dirname(entry.path), path))) return;
  report.error(entry.file, at, image ? 'missing-image' : 'missing-link', `${image ? 'image' : 'linked file'} "${url}" does not exist`);
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

const inlineLink = /(!?)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*["')])?\s*\)/g;
const htmlImage = /<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi;
const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/;

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
    const withoutCode = text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    for (const match of withoutCode.matchAll(inlineLink)) {
      const urlOffset = match.index + match[0].indexOf('(') + 1 + (match[0].slice(match[0].indexOf('(') + 1).length - match[0].slice(match[0].indexOf('(') + 1).trimStart().length);
      found.push({ url: match[2], image: match[1] === '!', at: { line, column: urlOffset + 1 } });
    }
    for (const match of withoutCode.matchAll(htmlImage)) {
      found.push({ url: match[1], image: true, at: { line, column: match.index + 1 } });
    }
    const def = definition.exec(withoutCode);
    if (def && !/^\[\^/.test(withoutCode.trimStart())) found.push({ url: def[1], image: false, at: { line, column: withoutCode.indexOf(def[1]) + 1 } });
  });
  return found;
}
