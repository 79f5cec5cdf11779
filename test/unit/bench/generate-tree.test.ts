import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContentTree } from '../../../src/bench/generate-tree.ts';
import { checkContent } from '../../../src/check/index.ts';
import { parseAstroLog, parseBuildPhases } from '../../../src/bench/measure.ts';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bangyang-gen-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('generateContentTree', () => {
  it('makes a tree of N = 50 that check accepts with no errors', () => {
    const dir = fresh();
    const summary = generateContentTree(dir, { documents: 50, units: 200, stages: 12, seed: 7 });
    expect(summary.reports + summary.cases).toBe(50);
    expect(summary.cases).toBe(13);
    const { problems, content } = checkContent(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(content.reports).toHaveLength(summary.reports);
    expect(content.cases).toHaveLength(summary.cases);
    expect(content.units).toHaveLength(200);
    expect(content.stages).toHaveLength(12);
    expect(content.scores).toHaveLength(12);
    // Front matter really points at things: units, stages, cases, series.
    expect(content.reports.some((r) => r.data.cases.length > 0)).toBe(true);
    expect(content.reports.some((r) => r.data.series)).toBe(true);
    expect(content.reports.every((r) => r.data.units.length > 0 && r.data.stage)).toBe(true);
  });

  it('writes bodies of about 1.5 KB of Chinese prose with headings and lists', () => {
    const dir = fresh();
    generateContentTree(dir, { documents: 50, seed: 3 });
    const { content } = checkContent(dir);
    const bodies = [...content.reports, ...content.cases].map((e) => e.body);
    const average = bodies.reduce((sum, b) => sum + Buffer.byteLength(b), 0) / bodies.length;
    expect(average).toBeGreaterThan(1200);
    expect(average).toBeLessThan(2200);
    expect(bodies.every((b) => /^## /m.test(b))).toBe(true);
    expect(bodies.some((b) => /^(- |1\. )/m.test(b))).toBe(true);
    expect(new Set(bodies).size).toBe(bodies.length);
  });

  it('is deterministic for a seed', () => {
    const a = fresh();
    const b = fresh();
    generateContentTree(a, { documents: 20, seed: 11 });
    generateContentTree(b, { documents: 20, seed: 11 });
    const files = (readdirSync(a, { recursive: true }) as string[]).sort();
    expect((readdirSync(b, { recursive: true }) as string[]).sort()).toEqual(files);
    for (const file of files) {
      if (statSync(join(a, file)).isFile()) expect(readFileSync(join(b, file), 'utf8'), file).toBe(readFileSync(join(a, file), 'utf8'));
    }
  });
});

describe('reading build logs', () => {
  it('reads the phases Bangyang prints', () => {
    expect(parseBuildPhases('> bangyang build\n✔ built dist (check 0.3s, site 3.2s, search index 1.1s, build-id 0.0s)\n')).toEqual({ check: 0.3, site: 3.2, 'search index': 1.1, 'build-id': 0 });
    expect(parseBuildPhases('build failed')).toEqual({});
  });

  it("reads Astro's inner phases, minutes included", () => {
    const log = '[types] Generated 16.65s\n[vite] ✓ built in 3.37s\n[vite] ✓ built in 539ms\n generating static routes \n✓ Completed in 1m 9s.\n[build] 1269 page(s) built in 1m 40s\n';
    const phases = parseAstroLog(log);
    expect(phases).toMatchObject({ sync: 16.65, render: 69, pages: 1269, total: 100 });
    expect(phases.bundle).toBeCloseTo(3.909, 6);
  });
});
