import { dirname, relative, resolve, sep } from 'node:path';
import { mediaUrl, pageUrlForContentFile } from '../site/urls.ts';

const external = /^([a-z][a-z0-9+.-]*:|\/|#)/i;

export interface ContentUrlOptions {
  contentDir: string;
  base: string;
}

/**
 * The public URL of a relative reference found in a Markdown file: files next to the Markdown are
 * served from `<base>media/…` (the build copies them there); links to other Markdown files become
 * their page URLs. External, absolute and fragment URLs are returned unchanged.
 */
export function contentUrl(url: string, markdownFile: string | undefined, kind: 'image' | 'link', options: ContentUrlOptions): string {
  if (!url || external.test(url)) return url;
  const at = url.search(/[?#]/);
  const [path, suffix] = at === -1 ? [url, ''] : [url.slice(0, at), url.slice(at)];
  let target: string;
  try {
    target = resolve(markdownFile ? dirname(markdownFile) : options.contentDir, decodeURI(path));
  } catch {
    return url;
  }
  const rel = relative(options.contentDir, target).split(sep).join('/');
  if (rel.startsWith('..')) return url;
  if (kind === 'link' && /\.(md|markdown)$/i.test(rel)) return pageUrlForContentFile(rel, options.base) + suffix;
  return mediaUrl(rel, options.base) + suffix;
}
