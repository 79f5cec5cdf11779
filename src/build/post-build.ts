import { writeStageBundles } from '../archive/bundle.ts';
import { buildSearchIndex } from '../search/index.ts';
import { writeBuildId } from './build-id.ts';
import type { PhaseTimer } from './phase-timer.ts';

export interface PostBuildOptions {
  outDir: string;
  base: string;
  contentDir: string;
  timer: PhaseTimer;
}

/** Steps that work on Astro's finished output: the search index, archive bundles, then the build id. */
export async function postBuildSteps(options: PostBuildOptions): Promise<void> {
  const { outDir, base, timer } = options;
  await timer.timeAsync('search', () => buildSearchIndex({ outDir, base }));
  await timer.timeAsync('archive', () => writeStageBundles(outDir, options.contentDir));
  // The build id comes last: it fingerprints every other file.
  timer.time('build-id', () => writeBuildId(outDir, base));
}
