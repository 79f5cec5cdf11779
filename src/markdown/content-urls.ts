import { contentRelativePath } from '../site/media.ts';
import { mediaUrl, pageUrlForContentFile } from '../site/urls.ts';

export interface ContentUrlOptions {
  contentDir: string;
  base: string;
}

/**
 * The public URL of a relative reference found in a Markdown file: files next to the Markdown are
 * served from `<base>media/…` (the build copies them there); links to other Markdown files become
 * their page URLs. External, absolute, fragment and out-of-tree URLs are returned unchanged.
 * Paths are resolved by the same `contentRelativePath` the pages use for front-matter images.
 */
export function contentUrl(url: string, markdownFile: string | undefined, kind: 'image' | 'link', options: ContentUrlOptions): string {
  if (!url) return url;
  const rel = contentRelativePath(markdownFile ?? `${options.contentDir}/_.md`, url, options.contentDir);
  if (rel === undefined) return url;
  const at = url.search(/[?#]/);
  const suffix = at === -1 ? '' : url.slice(at);
  if (kind === 'link' && /\.(md|markdown)$/i.test(rel)) return pageUrlForContentFile(rel, options.base) + suffix;
  return mediaUrl(rel, options.base) + suffix;
}
