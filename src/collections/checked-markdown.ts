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

export type PickEntries = (content: CheckedContent) => Entry<object>[];

export function checkedMarkdown(contentDir: string, pick: PickEntries, inDev: Loader): Loader {
  return {
    name: 'bangyang-markdown',
    load: (context) => (context.watcher ? inDev.load(context) : loadChecked(context, contentDir, pick)),
  };
}

/** What else a body's HTML depends on besides its text, data and file (see processor.ts). */
export interface RenderSettings {
  base: string;
  remoteImages: boolean;
}

async function loadChecked({ store, config, generateDigest, collection }: LoaderContext, contentDir: string, pick: PickEntries): Promise<void> {
  const { content, problems } = checkedContent(contentDir);
  if (problems.some((p) => p.severity === 'error')) throw new Error(`${collection}: the content has errors (the build checks it before Astro runs)`);
  const renderer = await config.markdown.processor.createRenderer({ syntaxHighlight: false });
  const root = fileURLToPath(config.root);
  // The content-layer cache keeps an entry's HTML while its digest stays the same; the digest
  // covers the settings the HTML depends on, so changing them re-renders (base also clears the
  // whole cache, being part of Astro's config).
  const settings: RenderSettings = { base: config.base, remoteImages: content.site?.remoteImages ?? false };
  const settingsKey = JSON.stringify(settings);
  const seen = new Set<string>();
  for (const entry of pick(content)) {
    seen.add(entry.id);
    const filePath = relative(root, entry.path).split(sep).join('/');
    const digest = generateDigest(`${settingsKey}\0${filePath}\0${JSON.stringify(entry.data)}\0${entry.body}`);
    if (store.get(entry.id)?.digest === digest) continue;
    const { code, metadata } = await renderer.render(entry.body, { fileURL: pathToFileURL(entry.path) });
    store.set({
      id: entry.id,
      data: entry.data as Record<string, unknown>,
      filePath,
      digest,
      rendered: { html: code, metadata: { headings: metadata.headings, imagePaths: [] } },
    });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
