import { buildSearchIndex, type RecordCollector } from '../search/index.ts';
import { writeBuildId } from './build-id.ts';
import type { PhaseTimer } from './phase-timer.ts';

export interface PostBuildOptions {
  outDir: string;
  base: string;
  /** the search bundle of the previous build is kept here */
  searchCacheDir?: string;
  /** pages seen while Astro rendered them */
  collected?: RecordCollector;
  timer: PhaseTimer;
}

/** Steps that work on the finished pages: the search index, then the build id. */
export async function postBuildSteps(options: PostBuildOptions): Promise<void> {
  const { outDir, base, timer } = options;
  const search = await timer.timeAsync('search', () => buildSearchIndex({ outDir, base, cacheDir: options.searchCacheDir, collected: options.collected }));
  if (process.env.BANGYANG_VERBOSE) {
    console.log(`search: ${search.pages} pages indexed, ${search.read} files read back from disk, bundle ${search.reused ? 'reused' : 'written'}`);
  }
  // The build id comes last: it fingerprints every other file.
  timer.time('build-id', () => writeBuildId(outDir, base));
}
