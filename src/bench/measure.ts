/**
 * Run a command as its own process group and measure it the way a user feels it: wall time, and
 * the peak of the summed resident memory of every process in the group (npm, node, esbuild,
 * pagefind…), sampled from /proc every 100 ms. Also the largest single process seen.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunResult {
  command: string;
  code: number | null;
  wallMs: number;
  /** Peak of the summed RSS of the whole process group, in bytes. */
  peakRss: number;
  /** Largest RSS of any one process of the group, in bytes. */
  peakSingleRss: number;
  /** User + system CPU seconds of the command and its waited-for descendants (GNU time), if known. */
  cpuS?: number;
  /**
   * CPU seconds the rest of the machine used meanwhile (all busy CPU time from /proc/stat minus
   * ours): other people's builds on a shared machine. Near 0 on a quiet machine.
   */
  othersCpuS?: number;
  stdout: string;
  stderr: string;
}

/** Process groups of commands still running, so an interrupted bench can stop them. */
export const activeGroups = new Set<number>();

export function stopActiveGroups(): void {
  for (const pgid of activeGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  activeGroups.clear();
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Busy and total jiffies of all CPUs since boot. */
function cpuJiffies(): { busy: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'latin1').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
    return { busy: user + nice + system + irq + softirq + (steal ?? 0) };
  } catch {
    return undefined;
  }
}
const HZ = 100;
export const cpuCount = cpus().length;

const PAGE = 4096;

/** RSS in bytes of every live process whose process group is `pgid`. */
export function groupRss(pgid: number): { total: number; largest: number } {
  let total = 0;
  let largest = 0;
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return { total, largest };
  }
  for (const name of names) {
    const c = name.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      // Fields after the command name (which may hold spaces and parentheses): state ppid pgrp …
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(rest[2]) !== pgid) continue;
      // Field 24 of stat (rss, in pages) is rest[21].
      const rss = Number(rest[21]) * PAGE;
      total += rss;
      if (rss > largest) largest = rss;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return { total, largest };
}

/** Is /proc readable with process groups in it (Linux)? Otherwise RSS figures are reported as 0. */
export const procAvailable = (() => {
  try {
    return readFileSync('/proc/self/stat', 'latin1').includes(')');
  } catch {
    return false;
  }
})();

export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; echo?: boolean }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // GNU time reports the CPU time of the whole tree (each process waits for its children).
    const timeDir = gnuTime ? mkdtempSync(join(tmpdir(), 'bangyang-bench-time-')) : undefined;
    const timeFile = timeDir ? join(timeDir, 'time.txt') : undefined;
    const [file, argv] = timeFile ? [gnuTime!, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, args];
    const jiffiesBefore = cpuJiffies();
    const started = performance.now();
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true, // its own process group, so we can sum it and stop it as one
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid) activeGroups.add(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    let peakRss = 0;
    let peakSingleRss = 0;
    const sample = () => {
      if (!child.pid || !procAvailable) return;
      const { total, largest } = groupRss(child.pid);
      if (total > peakRss) peakRss = total;
      if (largest > peakSingleRss) peakSingleRss = largest;
    };
    const timer = setInterval(sample, 100);
    const killer = options.timeoutMs
      ? setTimeout(() => {
          try {
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }, options.timeoutMs)
      : undefined;
    child.on('error', (error) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      reject(error);
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (child.pid) activeGroups.delete(child.pid);
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      let cpuS: number | undefined;
      if (timeFile) {
        try {
          const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
          if (Number.isFinite(user) && Number.isFinite(system)) cpuS = user + system;
        } catch {
          // time could not write its report (killed): no CPU figure.
        }
        rmSync(timeDir!, { recursive: true, force: true });
      }
      const jiffiesAfter = cpuJiffies();
      const othersCpuS = jiffiesBefore && jiffiesAfter && cpuS !== undefined ? Math.max(0, (jiffiesAfter.busy - jiffiesBefore.busy) / HZ - cpuS) : undefined;
      resolve({ command: [command, ...args].join(' '), code, wallMs, peakRss, peakSingleRss, cpuS, othersCpuS, stdout, stderr });
    });
  });
}

/** Total bytes of the files below `dir` (0 when it does not exist). */
export function dirBytes(dir: string): number {
  let total = 0;
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += dirBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** Count of files below `dir` whose name ends with `suffix`. */
export function countFiles(dir: string, suffix: string): number {
  let total = 0;
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) total += countFiles(join(dir, entry.name), suffix);
    else if (entry.name.endsWith(suffix)) total++;
  }
  return total;
}

export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Phases printed by `npm run build`: `✔ built OUT (check 0.3s, site 3.2s, search 1.1s)`.
 * Returns seconds per phase name, or an empty object when the line is missing.
 */
export function parseBuildPhases(output: string): Record<string, number> {
  const line = output.split('\n').reverse().find((l) => /built .*\(.*\d(?:\.\d+)?\s*m?s\)/.test(l));
  if (!line) return {};
  const inside = line.slice(line.lastIndexOf('(') + 1, line.lastIndexOf(')'));
  const phases: Record<string, number> = {};
  for (const part of inside.split(',')) {
    const match = /^\s*(.+?)\s+(\d+(?:\.\d+)?)\s*(ms|s)\s*$/.exec(part);
    if (match) phases[match[1]] = Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
  }
  return phases;
}

/** Astro's inner build phases, in seconds, read from its info-level log. */
export interface AstroPhases {
  /** Config, Vite server and content sync ("[types] Generated"), before any bundling. */
  sync?: number;
  /** Vite/rolldown bundles ("[vite] ✓ built in", summed). */
  bundle?: number;
  /** Rendering every page to HTML ("generating static routes … ✓ Completed in"). */
  render?: number;
  /** Astro's own total ("N page(s) built in"). */
  total?: number;
  pages?: number;
}

/** Astro's durations: "273ms", "3.48s" or, past a minute, "1m 8s". */
const DUR = String.raw`(\d+m \d+s|\d+(?:\.\d+)?(?:ms|s))`;
function duration(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  return text.endsWith('ms') ? Number(text.slice(0, -2)) / 1000 : Number(text.slice(0, -1));
}

export function parseAstroLog(output: string): AstroPhases {
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\x1b\[[0-9;]*m/g, '');
  const phases: AstroPhases = {};
  const generated = new RegExp(String.raw`\[types\] Generated ${DUR}`).exec(text);
  if (generated) phases.sync = duration(generated[1]);
  let bundle = 0;
  for (const m of text.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DUR}`, 'g'))) bundle += duration(m[1]);
  if (bundle) phases.bundle = bundle;
  const routes = text.indexOf('generating static routes');
  if (routes !== -1) {
    const done = new RegExp(String.raw`✓ Completed in ${DUR}`).exec(text.slice(routes));
    if (done) phases.render = duration(done[1]);
  }
  const total = new RegExp(String.raw`(\d+) page\(s\) built in ${DUR}`).exec(text);
  if (total) {
    phases.pages = Number(total[1]);
    phases.total = duration(total[2]);
  }
  return phases;
}
