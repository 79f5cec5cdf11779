import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { someNode } from './walk.ts';

/**
 * Everything GFM's autolink literals (www.x.cn, https://…, name@x.cn) can match holds one of
 * these; in a document with none of them, its transform (four look-behind regexes over every
 * text node) cannot change anything. It was ~0.45 s of 4,000 short Chinese documents.
 */
const CANDIDATE = /@|www\.|https?:\/\//i;

/** The transform's name in mdast-util-gfm-autolink-literal (tested: test/unit/markdown). */
export const AUTOLINK_TRANSFORM = 'transformGfmAutolinkLiterals';

type Transform = (tree: Root) => Root | undefined | void;
type Extension = { transforms?: Transform[] } | Extension[];

/**
 * Wraps remark-gfm's autolink-literal transform so it only runs on documents that may hold one.
 * Must be used after remark-gfm (see processor.ts). If a new
 * version renames the transform, nothing is wrapped (slower, same output) and the unit test fails.
 */
export function remarkAutolinkGuard(this: Processor) {
  const data = this.data() as { fromMarkdownExtensions?: Extension[] };
  if (data.fromMarkdownExtensions) data.fromMarkdownExtensions = data.fromMarkdownExtensions.map(guard);
}

function guard(extension: Extension): Extension {
  if (Array.isArray(extension)) return extension.map(guard);
  if (!extension.transforms?.some((t) => t.name === AUTOLINK_TRANSFORM)) return extension;
  return {
    ...extension,
    transforms: extension.transforms.map((t) => (t.name === AUTOLINK_TRANSFORM ? guarded(t) : t)),
  };
}

function guarded(transform: Transform): Transform {
  const mayMatch = (node: { type: string; value?: unknown }) => node.type === 'text' && CANDIDATE.test(node.value as string);
  const run = (tree: Root) => (someNode(tree, mayMatch) ? transform(tree) : undefined);
  Object.defineProperty(run, 'guarded', { value: true });
  return run;
}
