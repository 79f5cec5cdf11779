import { mediaUrl } from './urls.ts';

/** Normalize a path with forward slashes: drop `.` segments, fold `..` (never above the start). */
function normalizePosix(path: string): string {
  const out: string[] = [];
  const absolute = path.startsWith('/');
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(part);
  }
  return (absolute ? '/' : '') + out.join('/');
}

const slashes = (path: string) => path.replace(/\\/g, '/');

/**
 * The path of a file relative to the content folder, given the Markdown file that references it
 * (`entry.filePath`, relative to the project root) and the reference as written (`./images/a.svg`).
 * `contentDir` is the content folder relative to the same root (`content`, `test/fixtures/x`).
 * Returns undefined for remote or absolute references and for files outside the content folder.
 */
export function contentRelativePath(markdownFile: string, src: string, contentDir = 'content'): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(src)) return undefined;
  let decoded = src;
  try {
    decoded = decodeURI(src);
  } catch {
    // keep as written
  }
  const dir = slashes(markdownFile).split('/').slice(0, -1).join('/');
  const target = normalizePosix(`${dir}/${slashes(decoded).split(/[?#]/)[0]}`);
  const root = normalizePosix(slashes(contentDir));
  const prefix = root === '' ? '' : `${root}/`;
  if (!target.startsWith(prefix)) return undefined;
  const rel = target.slice(prefix.length);
  if (rel === '' || rel === '..' || rel.startsWith('../')) return undefined;
  return rel.normalize('NFC');
}

/** URL of an image referenced from a Markdown file's front matter (a cover, a photo). */
export function frontMatterImageUrl(markdownFile: string, src: string, base: string, contentDir = 'content'): string | undefined {
  if (/^https?:/i.test(src)) return undefined;
  const rel = contentRelativePath(markdownFile, src, contentDir);
  return rel === undefined ? undefined : mediaUrl(rel, base);
}
