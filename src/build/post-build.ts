import { buildSearchIndex, type RecordCollector } from '../search/index.ts';
import { BuildId } from './build-id.ts';
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
  // The build id fingerprints every other file: the site's while Pagefind writes, its own after.
  const buildId = new BuildId(outDir);
  const search = await timer.timeAsync('search', () => {
    const searched = buildSearchIndex({ outDir, base, cacheDir: options.searchCacheDir, collected: options.collected });
    // 64 files per turn of the event loop, between the search step's own steps; what is left
    // when Pagefind answers is hashed before the bundle's files (its time then counts as search)
    void buildId.hashSite().catch(() => {});
    return searched;
  });
  if (process.env.BANGYANG_VERBOSE) {
    console.log(`search: ${search.pages} pages indexed, ${search.read} files read back from disk, bundle ${search.reused ? 'reused' : 'written'}`);
  }
  await timer.timeAsync('build-id', () => buildId.write(base));
}
