import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { contentUrl, type ContentUrlOptions } from './content-urls.ts';
import { walk } from './walk.ts';

/**
 * Markdown images and links: relative ones point at the files the build copies to `media/` (or at
 * the pages of linked Markdown files), never at build assets.
 */
export function remarkContentUrls(options: ContentUrlOptions) {
  return (tree: Root, file: VFile) => {
    walk(tree, (n) => {
      const node = n as Nodes;
      if (node.type === 'image') node.url = contentUrl(node.url, file.path, 'image', options);
      else if (node.type === 'link' || node.type === 'definition') node.url = contentUrl(node.url, file.path, 'link', options);
    });
  };
}
