import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { contentUrl, type ContentUrlOptions } from './content-urls.ts';

/**
 * Markdown images and links. This runs before Astro's image collector, which would otherwise try to
 * import relative images as build assets; ours are plain files copied to `media/`.
 */
export function remarkContentUrls(options: ContentUrlOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'image') node.url = contentUrl(node.url, file.path, 'image', options);
      else if (node.type === 'link' || node.type === 'definition') node.url = contentUrl(node.url, file.path, 'link', options);
    });
  };
}
