/**
 * Bangyang's Markdown processor for `markdown.processor` (Astro's interface for third-party
 * processors): the unified pipeline with exactly the steps our content needs, in one place.
 *
 * Astro's own `unified()` wraps every pipeline in steps that do nothing for us and cost ~0.4 s per
 * 4,000 short documents (more on long ones): an image collector (our relative images are already
 * rewritten to `<base>media/…`, never imported as assets), an image marker for what it collected,
 * and a second rehype-raw pass over every document after ours. The same DOM as `unified()` with our
 * plugins on the sample, the fixtures, the bench tree and the corpus (docs/bench.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { rehypeContentUrls } from './rehype-content-urls.ts';
import { rehypeFigures } from './rehype-figures.ts';
import { rehypeHeadingIds, type Heading } from './rehype-heading-ids.ts';
import { rehypeRawWhenNeeded } from './rehype-raw-when-needed.ts';
import { remarkAutolinkGuard } from './remark-autolink-guard.ts';
import { remarkContentUrls } from './remark-content-urls.ts';
import type { ContentUrlOptions } from './content-urls.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { readSiteSettings } from '../load/site-settings.ts';
import { hashModules, projectRoot } from '../build/paths.ts';
import { basePath, contentDir } from '../site-config.ts';

export interface MarkdownOptions {
  /** absolute content folder (relative links and images resolve against it) */
  contentDir: string;
  base: string;
  /** site.yml `remoteImages`: load remote images instead of linking them */
  remoteImages: boolean;
  /** a digest of the pipeline's code (pipelineCode); absent: not part of a site build */
  code?: string;
}

export interface RenderedMarkdown {
  code: string;
  metadata: { headings: Heading[]; localImagePaths: string[]; remoteImagePaths: string[]; frontmatter: Record<string, unknown> };
}

export interface PipelineOptions {
  /** relative links and images to the site's URLs; null leaves them as written (archive bundles) */
  urls: ContentUrlOptions | null;
  remoteImages: boolean;
  /** rehype plugins run on the sanitized tree, after figures */
  finish?: PluggableList;
}

/** The one Markdown pipeline: the site's pages and the archive's standalone summaries. */
export function createMarkdownPipeline({ urls, remoteImages, finish = [] }: PipelineOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    // after remark-gfm, whose transform it wraps
    .use(remarkAutolinkGuard)
    // CommonMark will not close **强调** right after Chinese punctuation (**记者：**这几年); this fixes it.
    .use(remarkCjkFriendly)
    .use(urls ? [[remarkContentUrls, urls]] : [])
    .use(remarkRehype, {
      allowDangerousHtml: true,
      footnoteLabel: '注释',
      footnoteBackLabel: (index: number) => `返回正文第 ${index + 1} 处引用`,
    })
    // Raw HTML is parsed first so the sanitizer sees real elements; figures are built after it.
    .use(rehypeRawWhenNeeded)
    .use(rehypeSanitize, sanitizeSchema)
    .use(urls ? [[rehypeContentUrls, urls]] : [])
    .use(rehypeFigures, { remoteImages })
    .use(finish)
    // ids on headings and the `headings` list Astro gives pages, as Astro's pipeline does
    .use(rehypeHeadingIds)
    .use(rehypeStringify)
    .freeze();
}

/** The site's pipeline, as a function of a Markdown body and its file. */
export function createMarkdownRenderer(options: MarkdownOptions) {
  const pipeline = createMarkdownPipeline({ urls: { contentDir: options.contentDir, base: options.base }, remoteImages: options.remoteImages });

  return async (content: string, renderOptions: { fileURL?: URL; frontmatter?: Record<string, unknown> } = {}): Promise<RenderedMarkdown> => {
    const frontmatter = renderOptions.frontmatter ?? {};
    const file = new VFile({ value: content, path: renderOptions.fileURL, data: { astro: { frontmatter } } });
    const result = await pipeline.process(file);
    const astro = result.data.astro as { headings?: Heading[] } | undefined;
    return { code: String(result.value), metadata: { headings: astro?.headings ?? [], localImagePaths: [], remoteImagePaths: [], frontmatter } };
  };
}

/** For `markdown.processor` in astro.config.mjs; `options` lets a loader render in a worker too. */
export function bangyangMarkdown(options: MarkdownOptions) {
  return {
    name: 'bangyang',
    options,
    async createRenderer() {
      return { render: createMarkdownRenderer(options) };
    },
  };
}

/** The processor options of the site being built, from the settings the commands pass to Astro. */
export function siteMarkdownOptions(): MarkdownOptions {
  const content = contentDir();
  return { contentDir: content, base: basePath(), remoteImages: readSiteSettings(content).remoteImages, code: pipelineCode() };
}

/**
 * A digest of what the rendered HTML is a function of besides the text and the settings: every
 * module of src/markdown/ and the installed packages (package-lock.json). It is part of the
 * processor's options, so the content-layer cache, which keeps an entry's HTML while its digest
 * (options included) holds, renders every entry again after an upgrade of either.
 */
function pipelineCode(): string {
  const hash = hashModules(createHash('sha256'), dirname(fileURLToPath(import.meta.url)));
  const lock = join(projectRoot, 'package-lock.json');
  if (existsSync(lock)) hash.update('\0package-lock.json\0').update(readFileSync(lock));
  return hash.digest('hex').slice(0, 16);
}
