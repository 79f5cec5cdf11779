/**
 * The Markdown collections of a build come from the entries `check` has just loaded and validated
 * in this process (src/build/render-site.ts), instead of Astro's glob loader reading, parsing and
 * validating every file a second time (~0.7 s at N = 4,000). The data is the same zod output of
 * the same schemas, parsed by the same YAML reader as the checker's, like the data collections.
 *
 * In `npm run dev` (a file watcher is present) Astro's glob loader serves instead: it reloads one
 * file per edit, and the dev checker reports problems on its own (src/integration/dev-check.ts).
 */
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkedContent } from '../check/cache.ts';
import type { CheckedContent, Entry } from '../check/content.ts';
import type { MarkdownOptions } from '../markdown/processor.ts';
import { renderAll, stopMarkdownWorker } from '../markdown/render-pool.ts';

export type PickEntries = (content: CheckedContent) => Entry<object>[];

/** The body as Astro's Markdown loader renders it: trimmed (a leading 　　 indent or four spaces included). */
const bodyOf = (entry: Entry<object>) => entry.body.trim();

/** Markdown collections whose first load has not finished: the last one ends the render worker. */
let unloaded = 0;

export function checkedMarkdown(contentDir: string, pick: PickEntries, inDev: Loader): Loader {
  unloaded++;
  let loaded = false;
  return {
    name: 'bangyang-markdown',
    load: async (context) => {
      if (context.watcher) return inDev.load(context);
      await loadChecked(context, contentDir, pick);
      // its memory is not needed while Astro renders the pages
      if (loaded) return;
      loaded = true;
      if (--unloaded === 0) await stopMarkdownWorker();
    },
  };
}

async function loadChecked({ store, config, generateDigest, collection }: LoaderContext, contentDir: string, pick: PickEntries): Promise<void> {
  const { content, problems } = checkedContent(contentDir);
  if (problems.some((p) => p.severity === 'error')) throw new Error(`${collection}: the content has errors (the build checks it before Astro runs)`);
  const processor = config.markdown.processor;
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  const root = fileURLToPath(config.root);
  // The content-layer cache keeps an entry's HTML while its digest stays the same. Astro clears
  // the whole store when its config (the processor's options among it) changes; the digest covers
  // those options too (the pipeline's code among them), so that an entry never outlives what its
  // HTML was made with.
  const settingsKey = JSON.stringify(processor.options);
  const seen = new Set<string>();
  const changed: { entry: Entry<object>; filePath: string; digest: string }[] = [];
  for (const entry of pick(content)) {
    seen.add(entry.id);
    const filePath = relative(root, entry.path).split(sep).join('/');
    const digest = generateDigest(`${settingsKey}\0${filePath}\0${JSON.stringify(entry.data)}\0${bodyOf(entry)}`);
    if (store.get(entry.id)?.digest !== digest) changed.push({ entry, filePath, digest });
  }
  const bodies = changed.map(({ entry }) => bodyOf(entry));
  const files = changed.map(({ entry }) => pathToFileURL(entry.path).href);
  // the worker renders with our processor's options only (render-pool.ts)
  const options = processor.name === 'bangyang' ? (processor.options as MarkdownOptions) : undefined;
  const rendered = await renderAll(bodies, files, options, (body, renderOptions) => renderer.render(body, renderOptions));
  changed.forEach(({ entry, filePath, digest }, i) => {
    store.set({
      id: entry.id,
      data: entry.data as Record<string, unknown>,
      filePath,
      digest,
      rendered: { html: rendered[i].code, metadata: { headings: rendered[i].headings, imagePaths: [] } },
    });
  });
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
