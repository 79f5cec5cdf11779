import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { createMarkdownPipeline } from '../markdown/processor.ts';

const imageTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

const keptLink = /^(https?:|mailto:|#)/i;

/**
 * Make the sanitized summary stand alone in one file: images next to the Markdown are embedded as
 * data: URLs (after the sanitizer, which only lets http(s) through), an image that cannot be embedded
 * becomes its alt text, and links to other pages of the site (which are not in the bundle) become
 * plain text. Nothing is left that would make a request when the file is opened.
 */
function rehypeStandalone({ contentDir }: { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    const from = dirname(file.path);
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === 'img') {
        const src = String(node.properties.src ?? '');
        const embedded = embed(src, { from, contentDir });
        if (embedded) {
          node.properties.src = embedded;
          delete node.properties.loading;
          return;
        }
        const alt = String(node.properties.alt ?? '').trim();
        parent.children[index] = { type: 'element', tagName: 'span', properties: { className: ['missing-image'] }, children: [{ type: 'text', value: `［图片${alt ? `：${alt}` : ''}］` }] };
        return;
      }
      if (node.tagName === 'a' && !keptLink.test(String(node.properties.href ?? ''))) {
        parent.children.splice(index, 1, ...(node.children as ElementContent[]));
        return index;
      }
    });
  };
}

function embed(src: string, options: { from: string; contentDir: string }): string | undefined {
  if (!src || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/')) return undefined;
  let path: string;
  try {
    path = resolve(options.from, decodeURI(src.split(/[?#]/)[0]));
  } catch {
    return undefined;
  }
  const rel = relative(options.contentDir, path);
  const type = imageTypes[extname(path).toLowerCase()];
  if (!type || rel.startsWith('..') || rel.split(sep).includes('..')) return undefined;
  try {
    if (!statSync(path).isFile()) return undefined;
    return `data:${type};base64,${readFileSync(path).toString('base64')}`;
  } catch {
    return undefined;
  }
}

/**
 * The site's own pipeline (GFM, CJK-friendly emphasis, raw HTML through the same sanitizer,
 * figures), without the site's URLs, made to stand alone. One per content folder.
 */
const pipelines = new Map<string, ReturnType<typeof createMarkdownPipeline>>();

/** A stage summary (Markdown body) as sanitized, self-contained HTML. */
export async function renderStandaloneMarkdown(markdown: string, file: string, contentDir: string): Promise<string> {
  let pipeline = pipelines.get(contentDir);
  if (!pipeline) {
    pipeline = createMarkdownPipeline({ urls: null, remoteImages: false, finish: [[rehypeStandalone, { contentDir }]] });
    pipelines.set(contentDir, pipeline);
  }
  return String(await pipeline.process(new VFile({ value: markdown, path: file })));
}
