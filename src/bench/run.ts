/**
 * `npm run bench`: Bangyang's full build against the floor (plain Astro + pagefind CLI) on
 * synthetic trees of N documents and on the real corpus, plus check against a parse-only floor,
 * JavaScript per page type, bytes of a first search, and a rebuild with nothing changed.
 * See docs/bench.md for how to read the figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { benchCheckInProcess, warmFileCache, type InProcessCheck } from './check-bench.ts';
import { buildFloor, writeFloorProject, type FloorRun } from './floor.ts';
import { cacheDirOf, projectRoot } from '../build/paths.ts';
import { generateContentTree } from './generate-tree.ts';
import { countFiles, cpuCount, dirBytes, median, parseAstroLog, parseBuildPhases, procAvailable, run, stopActiveGroups, type AstroPhases, type RunResult } from './measure.ts';
import { allPageJs, representativePages, type PageJs } from './page-js.ts';
import { measureLoadedJs, measureSearchFetch, withBrowser, type LoadedJs, type SearchFetch } from './browser.ts';


export interface BenchOptions {
  sizes: number[];
  runs: number;
  corpus?: string;
  json: string;
  seed: number;
  keep: boolean;
  /** Seconds after which optional steps (rebuild, search, corpus) are skipped to stay in budget. */
  budgetS: number;
  searchQuery: string;
  log: (line: string) => void;
}

interface BangyangRun {
  code: number | null;
  wallS: number;
  phases: Record<string, number>;
  /** Wall time not in any printed phase: npm and node start-up, module loading, the final swap. */
  otherS: number;
  astroPhases: AstroPhases;
  cpuS?: number;
  othersCpuS?: number;
  peakRss: number;
  peakSingleRss: number;
  outBytes: number;
  searchBytes: number;
  pages: number;
  error?: string;
}

interface PairStats {
  runs: number;
  floor: { totalS: number; astroS: number; pagefindS: number; astroPhases: AstroPhases; cpuS: number; othersCpuS: number; peakRss: number; outBytes: number; searchBytes: number; pages: number; all: number[]; failures: string[] };
  bangyang: { totalS: number; phases: Record<string, number>; otherS: number; astroPhases: AstroPhases; cpuS: number; othersCpuS: number; peakRss: number; peakSingleRss: number; outBytes: number; searchBytes: number; pages: number; all: number[]; failures: string[] };
  ratio: number | null;
  /** The same ratio from CPU seconds: steadier than wall time when the machine is shared. */
  cpuRatio: number | null;
}

interface TreeResult {
  name: string;
  documents?: number;
  contentFiles: number;
  contentBytes: number;
  pair: PairStats;
  checkCli?: { wallS: number; peakRss: number; code: number | null; all: number[] };
  checkInProcess?: InProcessCheck;
  rebuild?: { bangyang?: BangyangRun; floor?: { totalS: number; astroS: number; pagefindS: number }; cached: string };
  pageJs?: PageJs[];
  /** JavaScript the pages really loaded in Chromium after being scrolled through. */
  loadedJs?: LoadedJs[];
  search?: SearchFetch;
  notes: string[];
}

const s = (ms: number) => ms / 1000;
/** A warning when other processes took more than a quarter of the machine during a run. */
const busy = (othersCpuS: number | undefined, wallS: number) =>
  othersCpuS !== undefined && othersCpuS > 0.25 * wallS * cpuCount ? `  [machine busy: others used ${othersCpuS.toFixed(0)} CPU-s]` : '';
const mb = (bytes: number) => bytes / 1e6;
const round = (value: number | null | undefined, digits = 2) => (value === null || value === undefined || Number.isNaN(value) ? null : Number(value.toFixed(digits)));

/** The build caches of one content folder: Astro's content layer and the last search bundle. */
const buildCacheDirs = (tree: string) => [cacheDirOf('content', tree), cacheDirOf('search', tree)];

function childEnv(verbose = false): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
  delete env.BANGYANG_CONTENT;
  delete env.BANGYANG_BASE;
  delete env.BANGYANG_VERBOSE;
  // Astro's info-level log (the floor prints it too) names its inner phases.
  if (verbose) env.BANGYANG_VERBOSE = '1';
  return env;
}

/** The lines that say why a build failed: from the first error line on, without stack frames. */
function failureLines(output: string): string {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => l.trim() && !l.startsWith('>') && !/^\s+at /.test(l) && !/[├└]─/.test(l));
  const first = lines.findIndex((l) => /error|failed|✗/i.test(l));
  return lines.slice(first === -1 ? Math.max(0, lines.length - 10) : first, (first === -1 ? lines.length : first) + 10).join('\n');
}

/**
 * One `npm run build`. `cold` drops the tree's build caches first; `replace` keeps an
 * existing output in `out`, as a user's rebuild into the same --out does (the build then swaps it
 * out and deletes it).
 */
async function buildBangyang(tree: string, out: string, cold: boolean, replace = false): Promise<BangyangRun> {
  if (!replace) rmSync(out, { recursive: true, force: true });
  if (cold) for (const dir of buildCacheDirs(tree)) rmSync(dir, { recursive: true, force: true });
  const result: RunResult = await run('npm', ['run', 'build', '--', '--content', tree, '--out', out, '--base', '/'], { cwd: projectRoot, env: childEnv(true), timeoutMs: 20 * 60_000 });
  const phases = parseBuildPhases(result.stdout);
  const wallS = s(result.wallMs);
  const phaseSum = Object.values(phases).reduce((a, b) => a + b, 0);
  const ok = result.code === 0;
  return {
    code: result.code,
    wallS,
    phases,
    otherS: Math.max(0, wallS - phaseSum),
    astroPhases: parseAstroLog(result.stdout + result.stderr),
    cpuS: result.cpuS,
    othersCpuS: result.othersCpuS,
    peakRss: result.peakRss,
    peakSingleRss: result.peakSingleRss,
    outBytes: ok ? dirBytes(out) : 0,
    searchBytes: ok ? dirBytes(join(out, 'pagefind')) : 0,
    pages: ok ? countFiles(out, '.html') : 0,
    error: ok ? undefined : `exit ${result.code}: ${failureLines(result.stdout + result.stderr)}`,
  };
}

function medianAstro(runs: AstroPhases[]): AstroPhases {
  return medianPhases(runs as Record<string, number>[]) as AstroPhases;
}

function medianPhases(runs: Record<string, number>[]): Record<string, number> {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(names.map((n) => [n, median(runs.map((r) => r[n] ?? 0))]));
}

async function benchPair(tree: string, floorRoot: string, outRoot: string, runs: number, log: (l: string) => void, keepLastOut: boolean, deadline = Number.POSITIVE_INFINITY): Promise<{ stats: PairStats; lastOut?: string }> {
  const floor = writeFloorProject(floorRoot, tree, join(projectRoot, 'node_modules'));
  const node = join(projectRoot, 'node_modules', '.bin', 'node');
  const floorRuns: FloorRun[] = [];
  const floorFailures: string[] = [];
  const byRuns: BangyangRun[] = [];
  let lastOut: string | undefined;
  for (let i = 0; i < runs; i++) {
    if (i > 0 && performance.now() > deadline) {
      log(`    stopped after ${i} run(s): time budget spent`);
      break;
    }
    // Alternate the order (a b, b a, a b …) so drift (disk cache, thermal) hits both sides alike.
    const order = i % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
    for (const side of order) {
      if (side === 'a') {
        let f: FloorRun;
        try {
          f = await buildFloor(floor, { node, env: childEnv(), cold: true, timeoutMs: 20 * 60_000 });
        } catch (error) {
          floorFailures.push((error as Error).message);
          log(`    floor    run ${i + 1}: FAILED ${(error as Error).message.split('\n')[0]}`);
          continue;
        }
        floorRuns.push(f);
        log(`    floor    run ${i + 1}: ${f.totalS.toFixed(1)}s (astro ${f.phases.astro.toFixed(1)}s, pagefind ${f.phases.pagefind.toFixed(1)}s), cpu ${fmt(f.cpuS)}s, peak ${mb(f.peakRss).toFixed(0)} MB${busy(f.othersCpuS, f.totalS)}`);
      } else {
        const out = join(outRoot, `bangyang-${i}`);
        const b = await buildBangyang(tree, out, true);
        byRuns.push(b);
        const phases = Object.entries(b.phases).map(([k, v]) => `${k} ${v.toFixed(1)}s`).join(', ');
        log(`    bangyang run ${i + 1}: ${b.wallS.toFixed(1)}s (${phases || 'no phases printed'}; other ${b.otherS.toFixed(1)}s), cpu ${fmt(b.cpuS)}s, peak ${mb(b.peakRss).toFixed(0)} MB${busy(b.othersCpuS, b.wallS)}${b.error ? `  FAILED ${b.error.split('\n')[0]}` : ''}`);
        // Keep only the newest successful output (for the page and search measurements).
        if (keepLastOut && b.code === 0) {
          if (lastOut) rmSync(lastOut, { recursive: true, force: true });
          lastOut = out;
        } else rmSync(out, { recursive: true, force: true });
      }
    }
  }
  rmSync(join(floorRoot, 'dist'), { recursive: true, force: true });
  const ok = byRuns.filter((r) => r.code === 0);
  const floorTotal = median(floorRuns.map((f) => f.totalS));
  const lastFloor = floorRuns[floorRuns.length - 1];
  const bTotal = ok.length ? median(ok.map((r) => r.wallS)) : Number.NaN;
  const last = ok[ok.length - 1];
  const stats: PairStats = {
    runs: Math.max(floorRuns.length + floorFailures.length, byRuns.length),
    floor: {
      totalS: floorTotal,
      astroS: median(floorRuns.map((f) => f.phases.astro)),
      pagefindS: median(floorRuns.map((f) => f.phases.pagefind)),
      astroPhases: medianAstro(floorRuns.map((f) => f.astroPhases)),
      cpuS: median(floorRuns.map((f) => f.cpuS ?? Number.NaN)),
      othersCpuS: median(floorRuns.map((f) => f.othersCpuS ?? Number.NaN)),
      peakRss: Math.max(0, ...floorRuns.map((f) => f.peakRss)),
      outBytes: lastFloor?.outBytes ?? 0,
      searchBytes: lastFloor?.searchBytes ?? 0,
      pages: lastFloor?.pages ?? 0,
      all: floorRuns.map((f) => round(f.totalS, 2)!),
      failures: floorFailures,
    },
    bangyang: {
      totalS: bTotal,
      phases: medianPhases(ok.map((r) => r.phases)),
      otherS: ok.length ? median(ok.map((r) => r.otherS)) : Number.NaN,
      astroPhases: medianAstro(ok.map((r) => r.astroPhases)),
      cpuS: ok.length ? median(ok.map((r) => r.cpuS ?? Number.NaN)) : Number.NaN,
      othersCpuS: ok.length ? median(ok.map((r) => r.othersCpuS ?? Number.NaN)) : Number.NaN,
      peakRss: ok.length ? Math.max(...ok.map((r) => r.peakRss)) : 0,
      peakSingleRss: ok.length ? Math.max(...ok.map((r) => r.peakSingleRss)) : 0,
      outBytes: last?.outBytes ?? 0,
      searchBytes: last?.searchBytes ?? 0,
      pages: last?.pages ?? 0,
      all: byRuns.map((r) => (r.code === 0 ? round(r.wallS, 2)! : -1)),
      failures: byRuns.filter((r) => r.code !== 0).map((r) => r.error ?? `exit ${r.code}`),
    },
    ratio: ok.length && floorRuns.length ? bTotal / floorTotal : null,
    cpuRatio: null,
  };
  const cpuRatio = stats.bangyang.cpuS / stats.floor.cpuS;
  stats.cpuRatio = Number.isFinite(cpuRatio) ? cpuRatio : null;
  return { stats, lastOut };
}

async function benchCheckCli(tree: string, runs: number): Promise<TreeResult['checkCli']> {
  const times: number[] = [];
  let peak = 0;
  let code: number | null = 0;
  for (let i = 0; i < runs; i++) {
    const r = await run('npm', ['run', 'check', '--', '--content', tree], { cwd: projectRoot, env: childEnv(), timeoutMs: 10 * 60_000 });
    times.push(s(r.wallMs));
    peak = Math.max(peak, r.peakRss);
    code = r.code;
  }
  return { wallS: median(times), peakRss: peak, code, all: times.map((t) => round(t, 2)!) };
}

function describeCache(tree: string): string {
  const dir = cacheDirOf('content', tree);
  if (!existsSync(dir)) return 'no content-layer cache folder was written';
  const files = readdirSync(dir).map((f) => `${f} ${(statSync(join(dir, f)).size / 1e6).toFixed(1)} MB`);
  const store = join(dir, 'data-store.json');
  const rendered = existsSync(store) ? (readFileSync(store, 'utf8').match(/"rendered"/g)?.length ?? 0) : 0;
  const search = existsSync(join(cacheDirOf('search', tree), 'manifest.json')) ? 'the last search bundle, reused when the records of every indexed page hash the same' : 'no search bundle';
  return `Astro content-layer data store (${files.join(', ')}): front matter, digests and rendered Markdown HTML for ${rendered} entries, each reused while its digest (text, front matter, file path, base path and remoteImages) is unchanged; ${search}; pages and bundles are made again`;
}

function gitState(): { head?: string; dirtyFiles?: number } {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' });
  const status = spawnSync('git', ['status', '--porcelain'], { cwd: projectRoot, encoding: 'utf8' });
  return { head: head.stdout?.trim() || undefined, dirtyFiles: status.stdout ? status.stdout.split('\n').filter(Boolean).length : undefined };
}

function version(pkg: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

function contentStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

/** Preferred representative pages of a generated tree (ids the generator always makes). */
const generatedPages = {
  report: 'reports/r00001/index.html',
  case: 'cases/c00001/index.html',
  unit: 'units/u01-01/index.html',
};

export async function runBench(options: BenchOptions) {
  const { log } = options;
  const started = performance.now();
  const elapsedS = () => s(performance.now() - started);
  const root = mkdtempSync(join(tmpdir(), 'bangyang-bench-'));
  // Bangyang's output goes inside the project (git-ignored `dist.*/`), as a default `--out dist`
  // does: with an --out outside the working directory Astro puts its prerender bundle in the shared
  // `<project>/.astro/.prerender/`, and any other build running at the same time overwrites it.
  const outs = join(projectRoot, `dist.bench-${process.pid}`);
  const results: TreeResult[] = [];
  const largest = Math.max(...options.sizes);
  log(`bench: sizes ${options.sizes.join(', ')}, ${options.runs} run(s) each, temp ${root}${procAvailable ? '' : ' (no /proc: RSS not measured)'}`);
  const cacheDirs: string[] = [];
  const cleanUp = () => {
    // The content-layer caches the benchmark made live in node_modules/.astro: leave none behind.
    for (const dir of cacheDirs) rmSync(dir, { recursive: true, force: true });
    rmSync(outs, { recursive: true, force: true });
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  };
  const interrupted = (signal: NodeJS.Signals) => {
    stopActiveGroups();
    cleanUp();
    log(`bench interrupted (${signal}); temporary files removed`);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    for (const size of options.sizes) {
      const tree = join(root, `tree-${size}`);
      const summary = generateContentTree(tree, { documents: size, units: 200, stages: 12, seed: options.seed });
      cacheDirs.push(...buildCacheDirs(tree));
      warmFileCache(tree);
      log(`\nN = ${size}: ${summary.reports} reports, ${summary.cases} cases, ${summary.units} units, ${summary.stages} stages (${summary.files} files, ${mb(summary.bytes).toFixed(1)} MB)`);
      const result: TreeResult = { name: `N=${size}`, documents: size, contentFiles: summary.files, contentBytes: summary.bytes, pair: undefined as unknown as PairStats, notes: [] };
      results.push(result);

      log('  check');
      result.checkInProcess = await benchCheckInProcess(tree, Math.max(1, options.runs));
      result.checkCli = await benchCheckCli(tree, Math.max(1, options.runs));
      log(`    npm run check ${result.checkCli!.wallS.toFixed(2)}s; in process ${result.checkInProcess.checkS.toFixed(2)}s vs parse-only ${result.checkInProcess.parseOnlyS.toFixed(2)}s (×${result.checkInProcess.ratio.toFixed(2)}), ${result.checkInProcess.errors} errors`);
      if (result.checkInProcess.errors > 0) result.notes.push(`check found ${result.checkInProcess.errors} errors in the generated tree: the generator and the content model disagree`);

      log('  build: floor (a) vs bangyang (b)');
      const { stats, lastOut } = await benchPair(tree, join(root, `floor-${size}`), join(outs, `out-${size}`), options.runs, log, true, started + options.budgetS * 1000);
      if (stats.runs < options.runs) result.notes.push(`measured with ${stats.runs} run(s) instead of ${options.runs} to stay in the time budget`);
      result.pair = stats;
      if (stats.bangyang.failures.length) result.notes.push(`bangyang build failed ${stats.bangyang.failures.length}×: ${stats.bangyang.failures[0]}`);
      if (stats.floor.failures.length) result.notes.push(`floor build failed ${stats.floor.failures.length}×: ${stats.floor.failures[0]}`);

      if (lastOut) {
        result.pageJs = allPageJs(lastOut, generatedPages);
        if (size === largest) {
          if (elapsedS() < options.budgetS) {
            log('  in Chromium: JavaScript each page type loads, bytes of a first search');
            try {
              const measured = await withBrowser(lastOut, async (context, siteUrl) => ({
                loaded: await measureLoadedJs(context, siteUrl, representativePages(lastOut, generatedPages)),
                search: await measureSearchFetch(context, siteUrl, lastOut, options.searchQuery),
              }));
              if ('skipped' in measured) result.search = { status: 'skipped', note: measured.skipped };
              else {
                result.loadedJs = measured.loaded;
                result.search = measured.search;
              }
            } catch (error) {
              result.search = { status: 'skipped', note: `browser measurement failed: ${(error as Error).message.split('\n')[0]}` };
            }
            log(`    search: ${result.search.status === 'measured' ? `${(result.search.totalBytes! / 1e3).toFixed(0)} kB of pagefind files in ${result.search.requests} requests` : `skipped: ${result.search.note}`}`);
          } else result.search = { status: 'skipped', note: 'time budget spent' };
        }
      }

      if (size === largest) {
        if (elapsedS() < options.budgetS) {
          log('  rebuild with nothing changed (caches kept, same --out)');
          const out = lastOut ?? join(outs, `out-${size}`, 'rebuild');
          const b = stats.bangyang.failures.length < stats.runs ? await buildBangyang(tree, out, false, true) : undefined;
          rmSync(out, { recursive: true, force: true });
          // The floor project still holds the content-layer cache of its last (cold) run.
          const floor = { root: join(root, `floor-${size}`), contentDir: tree };
          const node = join(projectRoot, 'node_modules', '.bin', 'node');
          const f = stats.floor.failures.length < stats.runs ? await buildFloor(floor, { node, env: childEnv(), cold: false, timeoutMs: 20 * 60_000 }).catch(() => undefined) : undefined;
          rmSync(join(floor.root, 'dist'), { recursive: true, force: true });
          result.rebuild = { bangyang: b, floor: f && { totalS: f.totalS, astroS: f.phases.astro, pagefindS: f.phases.pagefind }, cached: describeCache(tree) };
          if (b) log(`    bangyang ${b.wallS.toFixed(1)}s (${Object.entries(b.phases).map(([k, v]) => `${k} ${v.toFixed(1)}s`).join(', ')}), cpu ${fmt(b.cpuS)}s${busy(b.othersCpuS, b.wallS)}; floor ${fmt(f?.totalS)}s, cpu ${fmt(f?.cpuS)}s${busy(f?.othersCpuS, f?.totalS ?? 0)}`);
          if (b?.error) {
            log(`    bangyang rebuild FAILED ${b.error.split('\n')[0]}`);
            result.notes.push(`rebuild failed: ${b.error}`);
          }
        } else result.notes.push('rebuild skipped: time budget spent');
      }
      if (lastOut) rmSync(lastOut, { recursive: true, force: true });
      rmSync(join(root, `floor-${size}`), { recursive: true, force: true });
      if (!options.keep) rmSync(tree, { recursive: true, force: true });
    }

    if (options.corpus) {
      if (!existsSync(join(options.corpus, 'site.yml'))) {
        log(`\ncorpus ${options.corpus} not found: skipped`);
      } else if (elapsedS() > options.budgetS) {
        log('\ncorpus skipped: time budget spent');
      } else {
        const corpus = resolve(options.corpus);
        cacheDirs.push(...buildCacheDirs(corpus));
        const stats = contentStats(corpus);
        log(`\ncorpus ${corpus}: ${stats.files} files, ${mb(stats.bytes).toFixed(1)} MB (built in place)`);
        warmFileCache(corpus);
        const result: TreeResult = { name: 'corpus', contentFiles: stats.files, contentBytes: stats.bytes, pair: undefined as unknown as PairStats, notes: [] };
        results.push(result);
        result.checkInProcess = await benchCheckInProcess(corpus, Math.max(1, options.runs));
        result.checkCli = await benchCheckCli(corpus, 1);
        log(`  check: npm run check ${result.checkCli!.wallS.toFixed(2)}s; in process ${result.checkInProcess.checkS.toFixed(2)}s vs parse-only ${result.checkInProcess.parseOnlyS.toFixed(2)}s`);
        const runs = Math.max(1, Math.min(options.runs, elapsedS() > options.budgetS * 0.75 ? 1 : options.runs));
        if (runs < options.runs) result.notes.push(`corpus measured with ${runs} run(s) to stay in the time budget`);
        log('  build: floor (a) vs bangyang (b)');
        const { stats: pair, lastOut } = await benchPair(corpus, join(root, 'floor-corpus'), join(outs, 'out-corpus'), runs, log, true, started + options.budgetS * 1000);
        result.pair = pair;
        if (pair.bangyang.failures.length) result.notes.push(`bangyang build failed ${pair.bangyang.failures.length}×: ${pair.bangyang.failures[0]}`);
        if (pair.floor.failures.length) result.notes.push(`floor build failed ${pair.floor.failures.length}×: ${pair.floor.failures[0]}`);
        if (lastOut) {
          result.pageJs = allPageJs(lastOut);
          rmSync(lastOut, { recursive: true, force: true });
        }
        rmSync(join(root, 'floor-corpus'), { recursive: true, force: true });
      }
    }
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    cleanUp();
    if (options.keep) log(`kept ${root}`);
  }

  const bySize = (n: number) => results.find((r) => r.documents === n);
  const corpus = results.find((r) => r.name === 'corpus');
  const at4000 = bySize(4000);
  const at1000 = bySize(1000);
  const report = {
    when: new Date().toISOString(),
    machine: { cpus: cpus().length, memoryGB: round(totalmem() / 2 ** 30, 1), node: process.version, astro: version('astro'), vite: version('vite'), pagefind: version('pagefind') },
    git: gitState(),
    options: { sizes: options.sizes, runs: options.runs, seed: options.seed, corpus: options.corpus ?? null },
    elapsedS: round(elapsedS(), 1),
    results,
    summary: {
      ratio4000: round(at4000?.pair.ratio),
      cpuRatio4000: round(at4000?.pair.cpuRatio),
      build4000_s: round(at4000?.pair.bangyang.totalS),
      floor4000_s: round(at4000?.pair.floor.totalS),
      check4000_s: round(at4000?.checkCli?.wallS),
      checkInProcess4000_s: round(at4000?.checkInProcess?.checkS),
      checkParseOnly4000_s: round(at4000?.checkInProcess?.parseOnlyS),
      peakRss4000_mb: at4000 ? round(mb(at4000.pair.bangyang.peakRss), 0) : null,
      rebuild4000_s: at4000?.rebuild?.bangyang?.code === 0 ? round(at4000.rebuild.bangyang.wallS) : null,
      ratio1000: round(at1000?.pair.ratio),
      cpuRatio1000: round(at1000?.pair.cpuRatio),
      build1000_s: round(at1000?.pair.bangyang.totalS),
      floor1000_s: round(at1000?.pair.floor.totalS),
      corpus_build_s: round(corpus?.pair.bangyang.totalS),
      corpus_floor_s: round(corpus?.pair.floor.totalS),
      corpus_ratio: round(corpus?.pair.ratio),
      // Loaded in Chromium when measured, else the eager JS named by the HTML.
      reportPageJs_kb: (() => {
        const at = results.find((r) => r.documents === largest);
        const loaded = at?.loadedJs?.find((p) => p.type === 'report' && p.page && !p.note);
        if (loaded) return round(loaded.loadedGzip / 1e3, 1);
        const page = at?.pageJs?.find((p) => p.type === 'report');
        return page?.page ? round(page.eagerGzip / 1e3, 1) : null;
      })(),
      chartPageJsMax_kb: (() => {
        const at = results.find((r) => r.documents === largest);
        const chartTypes = new Set((at?.pageJs ?? []).filter((p) => p.page && p.hasChart).map((p) => p.type));
        const loaded = (at?.loadedJs ?? []).filter((p) => chartTypes.has(p.type) && !p.note);
        if (loaded.length) return round(Math.max(...loaded.map((p) => p.loadedGzip)) / 1e3, 1);
        const pages = (at?.pageJs ?? []).filter((p) => chartTypes.has(p.type));
        return pages.length ? round(Math.max(...pages.map((p) => p.eagerGzip + p.lazyGzip)) / 1e3, 1) : null;
      })(),
      searchFirstQuery_kb: (() => {
        const measured = results.find((r) => r.search?.status === 'measured')?.search;
        return measured ? round(measured.totalBytes! / 1e3, 1) : null;
      })(),
    },
  };
  mkdirSync(dirname(resolve(options.json)), { recursive: true });
  writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

export type BenchReport = Awaited<ReturnType<typeof runBench>>;

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));
const fmt = (value: number | null | undefined, digits = 1, unit = '') => (value === null || value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(digits)}${unit}`);

/** The short human table printed before the final JSON line. */
export function formatTable(report: BenchReport): string {
  const lines: string[] = [];
  const header = ['tree', 'floor s (astro+pf)', 'bangyang s', 'ratio', 'phases (median s)', 'cpu s a/b (ratio)', 'busy', 'peak MB a/b (b largest)', 'out MB a/b', 'index MB a/b', 'pages a/b'];
  const rows = report.results.map((r) => {
    const p = r.pair;
    if (!p) return [r.name, ...header.slice(1).map(() => '—')];
    const others = Math.max(p.floor.othersCpuS, p.bangyang.othersCpuS);
    const share = others / (Math.max(p.floor.totalS, p.bangyang.totalS || 0) * cpuCount);
    const phases = Object.entries(p.bangyang.phases).map(([k, v]) => `${k} ${v.toFixed(1)}`).concat(Number.isNaN(p.bangyang.otherS) ? [] : [`other ${p.bangyang.otherS.toFixed(1)}`]).join(', ');
    return [
      r.name,
      `${fmt(p.floor.totalS)} (${fmt(p.floor.astroS)}+${fmt(p.floor.pagefindS)})`,
      fmt(p.bangyang.totalS),
      p.ratio === null ? 'failed' : `${p.ratio.toFixed(2)}×`,
      phases || '—',
      `${fmt(p.floor.cpuS)}/${fmt(p.bangyang.cpuS)} (${p.cpuRatio === null ? '—' : `${p.cpuRatio.toFixed(2)}×`})`,
      Number.isFinite(share) ? `${Math.round(share * 100)}%` : '—',
      `${fmt(mb(p.floor.peakRss), 0)}/${fmt(mb(p.bangyang.peakRss), 0)} (${fmt(mb(p.bangyang.peakSingleRss), 0)})`,
      `${fmt(mb(p.floor.outBytes))}/${fmt(mb(p.bangyang.outBytes))}`,
      `${fmt(mb(p.floor.searchBytes))}/${fmt(mb(p.bangyang.searchBytes))}`,
      `${p.floor.pages}/${p.bangyang.pages}`,
    ];
  });
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((row) => [...row[i]].length)));
  lines.push(header.map((h, i) => pad(h, widths[i])).join('  '));
  // busy = CPU time other processes took during the runs, as a share of the machine: above ~25 %
  // the wall times are inflated by contention; trust the cpu columns more then.
  for (const row of rows) lines.push(row.map((c, i) => pad(c, widths[i])).join('  '));

  lines.push('');
  lines.push('inside astro (median s, floor a / bangyang b): sync = config + content layer, bundle = vite, render = pages to HTML');
  for (const r of report.results) {
    if (!r.pair) continue;
    const a = r.pair.floor.astroPhases;
    const b = r.pair.bangyang.astroPhases;
    const perPage = (p: AstroPhases) => (p.render !== undefined && p.pages ? ` (${((p.render / p.pages) * 1000).toFixed(1)} ms/page)` : '');
    lines.push(`  ${pad(r.name, 8)} sync ${fmt(a.sync)}/${fmt(b.sync)}  bundle ${fmt(a.bundle)}/${fmt(b.bundle)}  render ${fmt(a.render)}${perPage(a)}/${fmt(b.render)}${perPage(b)}  astro total ${fmt(a.total)}/${fmt(b.total)}`);
  }
  lines.push('');
  lines.push('check: tree, npm run check s, in-process check s (cpu), parse-only s (cpu), ratio, errors');
  for (const r of report.results) {
    const c = r.checkInProcess;
    lines.push(`  ${pad(r.name, 8)} ${fmt(r.checkCli?.wallS, 2)}  ${fmt(c?.checkS, 2)} (${fmt(c?.checkCpuS, 2)})  ${fmt(c?.parseOnlyS, 2)} (${fmt(c?.parseOnlyCpuS, 2)})  ${c ? `${c.ratio.toFixed(2)}×` : '—'}  ${c?.errors ?? '—'}`);
  }
  for (const r of report.results) {
    if (r.rebuild?.bangyang) {
      lines.push('');
      lines.push(`rebuild, nothing changed (${r.name}): bangyang ${fmt(r.rebuild.bangyang.wallS)}s (${Object.entries(r.rebuild.bangyang.phases).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}) vs cold ${fmt(r.pair.bangyang.totalS)}s; floor ${fmt(r.rebuild.floor?.totalS)}s vs cold ${fmt(r.pair.floor.totalS)}s`);
      lines.push(`  cached: ${r.rebuild.cached}`);
    }
  }
  const js = report.results.find((r) => r.documents === Math.max(...report.options.sizes))?.pageJs ?? report.results.find((r) => r.pageJs)?.pageJs;
  if (js) {
    lines.push('');
    const loaded = report.results.find((r) => r.loadedJs)?.loadedJs;
    lines.push('JavaScript per page type (gzip kB): loaded in Chromium after scrolling | from the HTML: eager / all lazy; JSON data; CSS');
    for (const p of js) {
      const l = loaded?.find((x) => x.type === p.type);
      const inBrowser = l ? (l.note ? l.note : `${fmt(l.loadedGzip / 1e3)} kB`) : 'not measured';
      lines.push(`  ${pad(p.type, 7)} ${p.page ? `${pad(inBrowser, 9)} | ${fmt(p.eagerGzip / 1e3)} / ${fmt(p.lazyGzip / 1e3)}; data ${fmt(p.dataGzip / 1e3)}; css ${fmt(p.cssGzip / 1e3)}${p.hasChart ? '; chart' : ''}  (${p.page})` : 'no such page yet'}`);
    }
  }
  const search = report.results.find((r) => r.search)?.search;
  if (search) {
    lines.push('');
    lines.push(
      search.status === 'measured'
        ? `first search "${search.query}": ${fmt(search.totalBytes! / 1e3)} kB of pagefind files (${fmt(search.onLoadBytes! / 1e3)} kB on page load + ${fmt(search.queryBytes! / 1e3)} kB for the query) in ${search.requests} requests; ${search.resultsShown} results listed${search.statusText ? ` ("${search.statusText}")` : ''}`
        : `first search: skipped (${search.note})`,
    );
  }
  const notes = report.results.flatMap((r) => r.notes.map((n) => `${r.name}: ${n}`));
  if (notes.length) {
    lines.push('');
    lines.push('notes:');
    for (const n of notes) lines.push(`  ${n}`);
  }
  return lines.join('\n');
}
