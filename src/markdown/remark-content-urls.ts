import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { contentUrl, type ContentUrlOptions } from './content-urls.ts';
import { walk } from './walk.ts';

/**
 * Markdown images and links. This runs before Astro's image collector, which would otherwise try to
 * import relative images as build assets; ours are plain files copied to `media/`.
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
