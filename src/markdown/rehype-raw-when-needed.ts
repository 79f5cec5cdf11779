import rehypeRaw from 'rehype-raw';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { someNode } from './walk.ts';

/**
 * rehype-raw, for documents that hold raw HTML. It re-parses the whole tree through parse5 so
 * that the sanitizer sees raw HTML as real elements; a document without `raw` nodes has nothing
 * for it to do. The same DOM as before on the sample, the fixtures, the bench tree and the corpus
 * (docs/bench.md; boolean attributes such as data-footnote-ref now print without `=""` in
 * documents without raw HTML).
 */
export function rehypeRawWhenNeeded() {
  const reparse = rehypeRaw();
  return (tree: Root, file: VFile): Root => (someNode(tree, (node) => node.type === 'raw') ? reparse(tree, file) : tree);
}
