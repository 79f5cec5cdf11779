import type { Node, Parent } from 'unist';

/**
 * Calls `visit` on every node of a tree, parents before children, like unist-util-visit with no
 * test: a node's children are read after its visit (a visitor may change them), and a node put
 * in its parent's place is not visited again. A plain recursion: unist-util-visit-parents builds
 * an ancestor list and runs a test per node, which made our three small plugins cost ~0.3 s per
 * 4,000 documents.
 */
export function walk(node: Node, visit: (node: Node, index: number | undefined, parent: Parent | undefined) => void, index?: number, parent?: Parent): void {
  visit(node, index, parent);
  const children = (node as Partial<Parent>).children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) walk(children[i], visit, i, node as Parent);
}

/** Whether any node of the tree passes `test` (stops at the first). */
export function someNode(node: Node, test: (node: Node) => boolean): boolean {
  if (test(node)) return true;
  const children = (node as Partial<Parent>).children;
  if (!children) return false;
  for (const child of children) if (someNode(child, test)) return true;
  return false;
}
