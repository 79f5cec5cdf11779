import rehypeRaw from 'rehype-raw';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { hasNodeOfType } from './walk.ts';

/**
 * rehype-raw, for documents that hold raw HTML. It re-parses the whole tree through parse5 so
 * that the sanitizer sees raw HTML as real elements; a document without `raw` nodes has nothing
 * for it to do (Astro's own rehype-raw at the end of its pipeline runs on every document anyway).
 * Same output on the sample, the fixtures, the bench tree and the corpus (docs/bench.md).
 */
export function rehypeRawWhenNeeded() {
  const reparse = rehypeRaw();
  return (tree: Root, file: VFile): Root => (hasNodeOfType(tree, 'raw') ? reparse(tree, file) : tree);
}
