import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const CODE = new Set(['code', 'pre']);

/**
 * Ids on headings and the `headings` list Astro gives pages, made as Astro's own rehypeHeadingIds
 * makes them for .md files (its text rule included: `{` counts as `${` outside code). Ours so that
 * the processor does not load all of @astrojs/markdown-remark (0.4 s, in each thread) for it;
 * the same ids and lists on the sample, the fixtures, the bench tree and the corpus.
 */
export function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    const slugger = new GithubSlugger();
    walk(tree, (node) => {
      if (node.type !== 'element') return;
      const heading = node as Element;
      const level = heading.tagName[0] === 'h' ? /h([0-6])/.exec(heading.tagName)?.[1] : undefined;
      if (!level) return;
      let text = '';
      walk(heading, (child, _index, parent) => {
        const value = (child as { value?: unknown }).value;
        if (child.type === 'element' || !parent || typeof value !== 'string') return;
        if (child.type === 'raw' && /^\n?<.*>\n?$/.test(value)) return;
        if (child.type !== 'text' && child.type !== 'raw') return;
        text += CODE.has((parent as Element).tagName) ? value : value.replace(/\{/g, '${');
      });
      if (typeof heading.properties.id !== 'string') heading.properties.id = slugger.slug(text);
      headings.push({ depth: Number.parseInt(level), slug: heading.properties.id as string, text });
    });
    const data = file.data as { astro?: { headings?: Heading[] } };
    data.astro ??= {};
    data.astro.headings = headings;
  };
}
