/**
 * Runs renderSite in a child Node process. Astro keeps ~1.1 GB resident at N = 4,000 after its
 * build returns (V8 does not hand the heap back); Pagefind needs 1.3-1.4 GB to write its files.
 * In a child that exits, Astro's memory is gone before Pagefind writes, so the two big peaks never
 * add up (while Astro renders, Pagefind only receives records: ~0.25 GB).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FedPage, PagesMessage } from './page-feed.ts';
import type { RenderSiteOptions, RenderSiteOutcome } from './render-site.ts';

type Answer = { ok: true; outcome: RenderSiteOutcome } | { ok: false; message: string; stack?: string };

const entry = fileURLToPath(new URL('./site-process-entry.ts', import.meta.url));

/**
 * Rolldown's allocator (mimalloc) keeps memory it freed committed unless told to return it at
 * once: the site process's peak, which adds to Pagefind's records and the build process while
 * Astro renders, drops from 1.1 to 0.92–0.97 GB at N = 4,000, the same build time. (A smaller
 * young generation, as the build process has, saved 60 MB more there but cost 1.3 s and 190 MB
 * on the corpus's long documents: V8's default is kept.)
 */
const SITE_ENV = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };
/** page-feed.ts collects garbage every 1,000 pages rendered. */
const SITE_NODE_FLAGS = ['--expose-gc'];

/** `onPage` gets every page as Astro renders it (see page-feed.ts). */
export function renderSiteInChild(options: RenderSiteOptions, onPage: (page: FedPage) => void): Promise<RenderSiteOutcome> {
  return new Promise((resolvePromise, reject) => {
    // the build process's small young generation (package.json) is not for Astro
    const execArgv = process.execArgv.filter((arg, i, all) => !arg.startsWith('--max-semi-space-size') && all[i - 1] !== '--max-semi-space-size');
    const child = fork(entry, [JSON.stringify(options)], { execArgv: [...execArgv, ...SITE_NODE_FLAGS], env: { ...SITE_ENV, ...process.env }, stdio: 'inherit', serialization: 'advanced' });
    let answer: Answer | null = null;
    child.on('message', (m) => {
      if ((m as PagesMessage).type === 'pages') for (const page of (m as PagesMessage).pages) onPage(page);
      else answer = m as Answer;
    });
    child.on('error', reject);
    // 'close', not 'exit': only then has every IPC message been delivered
    child.on('close', (code, signal) => {
      const a: Answer | null = answer;
      if (a?.ok) return resolvePromise(a.outcome);
      if (a) {
        const error = new Error(a.message);
        if (a.stack) error.stack = a.stack;
        return reject(error);
      }
      reject(new Error(`the site build process ended (${signal ?? `exit code ${code}`}) without a result`));
    });
  });
}
