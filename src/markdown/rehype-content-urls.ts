import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { contentUrl, type ContentUrlOptions } from './content-urls.ts';
import { walk } from './walk.ts';

/** The same rewriting for `<img src>` and `<a href>` written as raw HTML in Markdown. */
export function rehypeContentUrls(options: ContentUrlOptions) {
  return (tree: Root, file: VFile) => {
    walk(tree, (n) => {
      if (n.type !== 'element') return;
      const node = n as Element;
      if (node.tagName === 'img' && typeof node.properties.src === 'string') {
        node.properties.src = contentUrl(node.properties.src, file.path, 'image', options);
      } else if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        node.properties.href = contentUrl(node.properties.href, file.path, 'link', options);
      }
    });
  };
}
