/**
 * `check` against its own floor: the same files read and parsed with off-the-shelf parsers
 * (gray-matter with the `yaml` package for front matter, `yaml` for .yml, csv-parse for .csv), no
 * positions, no schemas, no cross-file rules. Both run in this process, warm (one untimed call
 * first, so module loading and JIT warm-up are not counted), median of `runs`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import matter from 'gray-matter';
import YAML from 'yaml';
import { median } from './measure.ts';

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

const yamlEngine = { parse: (text: string) => YAML.parse(text) as object };

/** Read and parse every content file; returns how many it parsed (so nothing is optimised away). */
export function parseOnly(dir: string): number {
  let parsed = 0;
  for (const path of walk(dir)) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.md') || lower.endsWith('.markdown')) {
      // Passing options skips gray-matter's per-string cache, so repeated runs really parse.
      const file = matter(readFileSync(path, 'utf8'), { engines: { yaml: yamlEngine } });
      if (file.data) parsed++;
    } else if (lower.endsWith('.yml') || lower.endsWith('.yaml')) {
      if (YAML.parse(readFileSync(path, 'utf8')) !== undefined) parsed++;
    } else if (lower.endsWith('.csv')) {
      const rows = parseCsv(readFileSync(path, 'utf8'), { bom: true, relax_column_count: true, skip_empty_lines: true }) as unknown[];
      if (rows.length) parsed++;
    }
  }
  return parsed;
}

export interface InProcessCheck {
  /** First call in this process (includes loading the check modules). */
  checkFirstS: number;
  /** Warm median. */
  checkS: number;
  parseOnlyFirstS: number;
  parseOnlyS: number;
  /** The same medians in CPU seconds of this process (steadier on a shared machine). */
  checkCpuS: number;
  parseOnlyCpuS: number;
  errors: number;
  files: number;
  ratio: number;
}

const seconds = (start: number) => (performance.now() - start) / 1000;
const cpuSeconds = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

export async function benchCheckInProcess(dir: string, runs: number): Promise<InProcessCheck> {
  let start = performance.now();
  const parsedFiles = parseOnly(dir);
  const parseOnlyFirstS = seconds(start);

  start = performance.now();
  const { checkContent } = await import('../check/index.ts');
  let result = checkContent(dir);
  const checkFirstS = seconds(start);

  const checkTimes: number[] = [];
  const parseTimes: number[] = [];
  const checkCpu: number[] = [];
  const parseCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    let cpu = process.cpuUsage();
    start = performance.now();
    parseOnly(dir);
    parseTimes.push(seconds(start));
    parseCpu.push(cpuSeconds(cpu));
    cpu = process.cpuUsage();
    start = performance.now();
    result = checkContent(dir);
    checkTimes.push(seconds(start));
    checkCpu.push(cpuSeconds(cpu));
  }
  const errors = result.problems.filter((p: { severity: string }) => p.severity === 'error').length;
  const checkS = median(checkTimes);
  const parseOnlyS = median(parseTimes);
  return { checkFirstS, checkS, parseOnlyFirstS, parseOnlyS, checkCpuS: median(checkCpu), parseOnlyCpuS: median(parseCpu), errors, files: parsedFiles, ratio: checkS / parseOnlyS };
}

/** Stat every file once so the first timed run does not pay for a cold disk cache. */
export function warmFileCache(dir: string): void {
  for (const path of walk(dir)) statSync(path) && readFileSync(path);
}
