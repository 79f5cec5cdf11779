/**
 * Runs renderSite in a child Node process. Astro keeps ~1.2 GB resident at N = 4,000 after its
 * build returns (V8 does not hand the heap back); Pagefind then needs as much again. In a child
 * that exits, Astro's memory is gone before the search index starts, so the two never add up.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RenderSiteOptions, RenderSiteOutcome } from './render-site.ts';

type Message = { ok: true; outcome: RenderSiteOutcome } | { ok: false; message: string; stack?: string };

const entry = fileURLToPath(new URL('./site-process-entry.ts', import.meta.url));

export function renderSiteInChild(options: RenderSiteOptions): Promise<RenderSiteOutcome> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(entry, [JSON.stringify(options)], { execArgv: process.execArgv, stdio: 'inherit' });
    let answer: Message | null = null;
    child.on('message', (m) => (answer = m as Message));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const a = answer as Message | null;
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
