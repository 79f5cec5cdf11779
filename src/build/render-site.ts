import { writeStageBundles } from '../archive/bundle.ts';
import { checkedContent } from '../check/cache.ts';
import { countProblems, type Problem } from '../check/index.ts';
import { siteMarkdownOptions } from '../markdown/processor.ts';
import { startMarkdownWorker, stopMarkdownWorker } from '../markdown/render-pool.ts';
import { flushPageFeed, PAGE_FEED_ENV } from './page-feed.ts';
import { cacheDirOf, projectRoot } from './paths.ts';
import { writePagesSynchronously } from './sync-page-writes.ts';
import { PhaseTimer } from './phase-timer.ts';

export interface RenderSiteOptions {
  /** absolute content folder */
  content: string;
  /** absolute staging folder Astro writes into */
  staging: string;
  base: string;
}

export type RenderSiteOutcome =
  | { status: 'rendered'; problems: Problem[]; filesChecked: number; timings: Record<string, number> }
  | { status: 'content-errors'; problems: Problem[]; filesChecked: number };

/**
 * check → Astro → archive bundles, into the staging folder: everything that needs the checked
 * content or Astro. Runs in its own process (see site-process.ts) so that the memory Astro holds
 * is gone before the search index is built.
 */
export async function renderSite(options: RenderSiteOptions): Promise<RenderSiteOutcome> {
  process.env.BANGYANG_CONTENT = options.content;
  process.env.BANGYANG_BASE = options.base;
  // Vite reads BASE_URL from the environment (vitest and some CI systems set it) and it would
  // override --base in import.meta.env.BASE_URL.
  delete process.env.BASE_URL;
  const timer = new PhaseTimer();
  const { problems, filesChecked } = timer.time('check', () => checkedContent(options.content, true));
  if (countProblems(problems).errors > 0) return { status: 'content-errors', problems, filesChecked };

  if (process.send) process.env[PAGE_FEED_ENV] = '1';
  try {
    // loads its modules while Astro starts; the content layer then renders Markdown on both cores
    startMarkdownWorker(siteMarkdownOptions());
    const { build } = await import('astro');
    const restoreWrites = writePagesSynchronously(options.staging);
    try {
      await timer.timeAsync('site', () =>
        build({
          root: projectRoot,
          outDir: options.staging,
          base: options.base,
          cacheDir: cacheDirOf('content', options.content),
          logLevel: process.env.BANGYANG_VERBOSE ? 'info' : 'warn',
        }),
      );
    } finally {
      restoreWrites();
    }
    flushPageFeed();
  } finally {
    await stopMarkdownWorker();
  }
  await timer.timeAsync('archive', () => writeStageBundles(options.staging, options.content));
  return { status: 'rendered', problems, filesChecked, timings: timer.results() };
}
