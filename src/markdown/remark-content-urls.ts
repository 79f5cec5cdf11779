import { relative, dirname, resolve, sep } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { mediaUrl, pageUrlForContentFile } from '../site/urls.ts';

const external = /^([a-z][a-z0-9+.-]*:|\/|#)/i;

/**
 * Relative images and links in Markdown point at files next to the Markdown. Images are served from
 * `<base>media/…` (copied there by the build); links to other Markdown files become page URLs.
 */
export function remarkContentUrls(options: { contentDir: string; base: string }) {
  return (tree: Root, file: VFile) => {
    const from = file.path ? dirname(file.path) : options.contentDir;
    visit(tree, (node) => {
      if (node.type !== 'image' && node.type !== 'link' && node.type !== 'definition') return;
      const url = node.url;
      if (!url || external.test(url)) return;
      const [path, suffix = ''] = splitSuffix(url);
      let target: string;
      try {
        target = resolve(from, decodeURI(path));
      } catch {
        return;
      }
      const rel = relative(options.contentDir, target).split(sep).join('/');
      if (rel.startsWith('..')) return;
      if (node.type !== 'image' && /\.(md|markdown)$/i.test(rel)) {
        node.url = pageUrlForContentFile(rel, options.base) + suffix;
      } else {
        node.url = mediaUrl(rel, options.base) + suffix;
      }
    });
  };
}

function splitSuffix(url: string): [string, string?] {
  const at = url.search(/[?#]/);
  return at === -1 ? [url] : [url.slice(0, at), url.slice(at)];
}
