import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedContent } from '../check/cache.ts';
import { countProblems, formatProblem, summaryLine, type Problem } from '../check/index.ts';
import { basePath } from '../site-config.ts';
import { postBuildSteps } from './post-build.ts';
import { PhaseTimer } from './phase-timer.ts';

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

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

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
 * check → Astro → search index and other post steps, all into a fresh folder beside `--out`;
 * only a complete build replaces `--out` (two renames), so a failure never leaves it half-written.
 */
export async function buildSite(options: BuildOptions): Promise<BuildOutcome> {
  const log = options.log ?? ((line: string) => console.log(line));
  process.env.BANGYANG_CONTENT = resolve(options.content);
  process.env.BANGYANG_BASE = options.base;
  // Vite reads BASE_URL from the environment (vitest and some CI systems set it) and it would
  // override --base in import.meta.env.BASE_URL.
  delete process.env.BASE_URL;
  const base = basePath();
  const timer = new PhaseTimer();

  const { problems, filesChecked } = timer.time('check', () => checkedContent(options.content, true));
  for (const problem of problems) log(formatProblem(problem));
  if (countProblems(problems).errors > 0) {
    log(summaryLine(problems, filesChecked));
    log('build stopped: fix the errors above; the previous output was left untouched.');
    return { status: 'content-errors', problems };
  }
  if (problems.length) log(summaryLine(problems, filesChecked));

  const out = resolve(options.out);
  // Stage inside the working directory: for an outDir outside it, Astro writes its prerender
  // bundle to the shared ./.astro/.prerender/, and two builds at once would overwrite each other's.
  const staging = join(process.cwd(), '.bangyang', `build-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    const { build } = await import('astro');
    const cacheKey = createHash('sha256').update(process.env.BANGYANG_CONTENT).digest('hex').slice(0, 12);
    await timer.timeAsync('site', () =>
      build({
        root: projectRoot,
        outDir: staging,
        base,
        cacheDir: join(projectRoot, 'node_modules', '.astro', `content-${cacheKey}`),
        logLevel: process.env.BANGYANG_VERBOSE ? 'info' : 'warn',
      }),
    );
    await postBuildSteps({ outDir: staging, base, contentDir: process.env.BANGYANG_CONTENT, timer });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    return { status: 'failed', error };
  }
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  moveFolder(staging, out);
  rmSync(old, { recursive: true, force: true });
  return { status: 'built', problems, timings: timer.results() };
}
