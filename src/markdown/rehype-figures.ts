import type { Element, Root } from 'hast';
import { walk } from './walk.ts';

/**
 * Newspaper figures: an image alone in its paragraph, with a title (`![alt](src "说明")`), becomes a
 * <figure> with the title as its caption. Remote images become links unless the site allows them,
 * because an intranet without internet would show a broken picture (inside a link, only its label).
 */
export function rehypeFigures(options: { remoteImages: boolean }) {
  return (tree: Root) => {
    walk(tree, (n, index, parent) => {
      if (n.type !== 'element') return;
      const node = n as Element;
      if (!options.remoteImages && node.tagName === 'a') {
        // a link cannot hold another: a remote image inside one becomes its label, in the link
        walk(node, (d) => {
          if (d.type !== 'element' || !isRemoteImage(d as Element)) return;
          Object.assign(d, { tagName: 'span', properties: { className: ['remote-image'] }, children: [remoteLabel(d as Element)] });
        });
        return;
      }
      if (!options.remoteImages && isRemoteImage(node)) {
        Object.assign(node, {
          tagName: 'a',
          properties: { href: node.properties.src, className: ['remote-image'], rel: ['noopener'] },
          children: [remoteLabel(node)],
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

const isRemoteImage = (node: Element) => node.tagName === 'img' && /^https?:/i.test(String(node.properties.src ?? ''));

function remoteLabel(image: Element): { type: 'text'; value: string } {
  const alt = String(image.properties.alt ?? '') || String(image.properties.src);
  return { type: 'text', value: `［外部图片：${alt}］` };
}
