import type { Element, Root } from 'hast';
import { walk } from './walk.ts';

/**
 * Newspaper figures: an image alone in its paragraph, with a title (`![alt](src "说明")`), becomes a
 * <figure> with the title as its caption. Remote images become links unless the site allows them,
 * because an intranet without internet would show a broken picture.
 */
export function rehypeFigures(options: { remoteImages: boolean }) {
  return (tree: Root) => {
    walk(tree, (n, index, parent) => {
      if (n.type !== 'element') return;
      const node = n as Element;
      if (node.tagName === 'img' && !options.remoteImages && /^https?:/i.test(String(node.properties.src ?? ''))) {
        const alt = String(node.properties.alt ?? '') || String(node.properties.src);
        Object.assign(node, {
          tagName: 'a',
          properties: { href: node.properties.src, className: ['remote-image'], rel: ['noopener'] },
          children: [{ type: 'text', value: `［外部图片：${alt}］` }],
        });
        return;
      }
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      const image = meaningful[0];
      if (meaningful.length !== 1 || image.type !== 'element' || image.tagName !== 'img') return;
      const caption = String(image.properties.title ?? '').trim();
      if (!caption) return;
      delete image.properties.title;
      image.properties.loading = 'lazy';
      (parent as Root | Element).children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: {},
        children: [image, { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }] }],
      };
    });
  };
}
