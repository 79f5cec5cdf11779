import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
// the problem format only: the checker itself (zod, yaml, csv) runs in the site process
import { formatProblem, summaryLine, type Problem } from '../check/problem.ts';
import { basePath } from '../site-config.ts';
import { postBuildSteps } from './post-build.ts';
import { PhaseTimer } from './phase-timer.ts';
import { discardFolder, sweepDiscarded, sweepLeftovers } from './discard-folder.ts';
import { cacheDirOf } from './paths.ts';
import { LiveIndex, RecordCollector } from '../search/index.ts';
import { indexPartsFor } from '../search/parts.ts';
import { renderSiteInChild } from './site-process.ts';


/** Rename, or copy then delete when the target is on another file system (e.g. --out on a mounted disk). */
function moveFolder(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

export interface BuildOptions {
  content: string;
  out: string;
  base: string;
  log?: (line: string) => void;
}

export type BuildOutcome =
  | { status: 'built'; problems: Problem[]; timings: Record<string, number> }
  | { status: 'content-errors'; problems: Problem[] }
  | { status: 'failed'; error: unknown };

/**
 * check → Astro → archive bundles (in a child process), then the search index and build id, all
 * into a fresh folder; only a complete build replaces `--out` (two renames), so a failure never
 * leaves it half-written.
 */
export async function buildSite(options: BuildOptions): Promise<BuildOutcome> {
  const log = options.log ?? ((line: string) => console.log(line));
  process.env.BANGYANG_BASE = options.base;
  const base = basePath();
  const timer = new PhaseTimer();
  // Stage inside the working directory: for an outDir outside it, Astro writes its prerender
  // bundle to the shared ./.astro/.prerender/, and two builds at once would overwrite each other's.
  const staging = join(process.cwd(), '.bangyang', `build-${process.pid}`);
  // staging of interrupted builds (Ctrl-C); an hour old at least, in case another pid namespace shares the checkout
  sweepLeftovers(dirname(staging), 'build-', { minAgeMs: 3_600_000 });
  rmSync(staging, { recursive: true, force: true });
  let problems: Problem[];
  let collected: RecordCollector | undefined;
  try {
    // pages become search records here while Astro renders the next ones in the site process
    collected = new RecordCollector(base, new LiveIndex(), indexPartsFor(options.content));
    const rendered = await renderSiteInChild({ content: resolve(options.content), staging, base }, (page) => collected!.add(page.file, page.html ?? new Uint8Array()));
    problems = rendered.problems;
    for (const problem of problems) log(formatProblem(problem));
    if (rendered.status === 'content-errors') {
      await collected.live?.close();
      log(summaryLine(problems, rendered.filesChecked));
      log('build stopped: fix the errors above; the previous output was left untouched.');
      return { status: 'content-errors', problems };
    }
    if (problems.length) log(summaryLine(problems, rendered.filesChecked));
    timer.add(rendered.timings);
    await postBuildSteps({ outDir: staging, base, timer, collected, searchCacheDir: cacheDirOf('search', options.content) });
  } catch (error) {
    await collected?.live?.close();
    rmSync(staging, { recursive: true, force: true });
    return { status: 'failed', error };
  }
  const out = resolve(options.out);
  sweepDiscarded(out);
  const old = `${out}.old-${process.pid}`;
  let replacing = false;
  try {
    // a leftover of an earlier build with this pid (containers start with the same pids)
    rmSync(old, { recursive: true, force: true });
    replacing = existsSync(out);
    if (replacing) renameSync(out, old);
    moveFolder(staging, out);
  } catch (error) {
    if (replacing && !existsSync(out) && existsSync(old)) renameSync(old, out);
    rmSync(staging, { recursive: true, force: true });
    return { status: 'failed', error };
  }
  if (replacing) discardFolder(old);
  return { status: 'built', problems, timings: timer.results() };
}
