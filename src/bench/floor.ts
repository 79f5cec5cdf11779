/**
 * The floor: the cheapest site the same stack can make from the same Markdown — a plain Astro 7
 * project with one glob collection (no schema), one page per entry rendering its title and its
 * Markdown, built with the astro CLI, then `pagefind --site dist`. Whatever Bangyang costs above
 * this is ours; this much is the stack's.
 *
 * The project is written into a temp folder at run time; its node_modules is a symlink to the main
 * project's, so it runs the very same astro, vite and pagefind.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countFiles, dirBytes, parseAstroLog, run, type AstroPhases, type RunResult } from './measure.ts';

export interface FloorProject {
  root: string;
  contentDir: string;
}

/** Files of the floor project, as strings. `contentDir` is absolute. */
export function floorFiles(contentDir: string): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'bangyang-bench-floor', private: true, type: 'module' }, null, 2)}\n`,
    // Everything else is Astro's default (Markdown processor included). Astro's content-layer cache
    // and Vite's dependency cache are kept inside this folder: node_modules is the main project's,
    // and sharing node_modules/.vite would make each side re-optimise after the other.
    'astro.config.mjs': [
      "import { defineConfig } from 'astro/config';",
      "export default defineConfig({ cacheDir: './.astro-cache', devToolbar: { enabled: false }, vite: { cacheDir: './.vite-cache' } });",
      '',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      '',
      '// One collection over every Markdown file of the tree; no schema, the data passes through.',
      'export const collections = {',
      `  docs: defineCollection({ loader: glob({ pattern: '**/[^_.]*.md', base: ${JSON.stringify(contentDir)} }) }),`,
      '};',
      '',
    ].join('\n'),
    'src/pages/[...slug].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  const docs = await getCollection('docs');",
      '  return docs.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      'const title = String(entry.data.title ?? entry.data.name ?? entry.id);',
      '---',
      '<html lang="zh-CN">',
      '  <head><meta charset="utf-8" /><title>{title}</title></head>',
      '  <body><main><h1>{title}</h1><Content /></main></body>',
      '</html>',
      '',
    ].join('\n'),
  };
}

export function writeFloorProject(root: string, contentDir: string, nodeModules: string): FloorProject {
  rmSync(root, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(floorFiles(contentDir))) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  symlinkSync(nodeModules, join(root, 'node_modules'), 'dir');
  return { root, contentDir };
}

export interface FloorRun {
  astro: RunResult;
  pagefind: RunResult;
  /** Wall seconds: astro, pagefind, total. */
  phases: { astro: number; pagefind: number };
  /** Astro's inner phases from its log. */
  astroPhases: AstroPhases;
  totalS: number;
  /** CPU seconds (user + system) of astro and pagefind, when GNU time is there. */
  cpuS?: number;
  /** CPU seconds other processes on the machine used meanwhile. */
  othersCpuS?: number;
  peakRss: number;
  outBytes: number;
  searchBytes: number;
  pages: number;
}

/**
 * Build the floor once. `cold` drops its content-layer cache first (the default for comparisons);
 * otherwise Astro reuses the data store of the previous build.
 */
export async function buildFloor(project: FloorProject, options: { node: string; env: NodeJS.ProcessEnv; cold: boolean; timeoutMs: number }): Promise<FloorRun> {
  const dist = join(project.root, 'dist');
  rmSync(dist, { recursive: true, force: true });
  if (options.cold) {
    rmSync(join(project.root, '.astro-cache'), { recursive: true, force: true });
    rmSync(join(project.root, '.vite-cache'), { recursive: true, force: true });
  }
  // Astro's own log (info level, as Bangyang's build prints it with BANGYANG_VERBOSE=1) gives its
  // inner phases: content sync, bundling, page rendering.
  const astro = await run(options.node, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: project.root, env: options.env, timeoutMs: options.timeoutMs });
  if (astro.code !== 0) throw new Error(`floor astro build failed (${astro.code}):\n${astro.stdout.slice(-3000)}\n${astro.stderr.slice(-3000)}`);
  const pagefind = await run(options.node, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist', '--silent'], { cwd: project.root, env: options.env, timeoutMs: options.timeoutMs });
  if (pagefind.code !== 0) throw new Error(`floor pagefind failed (${pagefind.code}):\n${pagefind.stdout.slice(-3000)}\n${pagefind.stderr.slice(-3000)}`);
  return {
    astro,
    pagefind,
    phases: { astro: astro.wallMs / 1000, pagefind: pagefind.wallMs / 1000 },
    astroPhases: parseAstroLog(astro.stdout + astro.stderr),
    totalS: (astro.wallMs + pagefind.wallMs) / 1000,
    cpuS: astro.cpuS !== undefined && pagefind.cpuS !== undefined ? astro.cpuS + pagefind.cpuS : undefined,
    othersCpuS: astro.othersCpuS !== undefined && pagefind.othersCpuS !== undefined ? astro.othersCpuS + pagefind.othersCpuS : undefined,
    peakRss: Math.max(astro.peakRss, pagefind.peakRss),
    outBytes: dirBytes(dist),
    searchBytes: dirBytes(join(dist, 'pagefind')),
    pages: countFiles(dist, '.html'),
  };
}
