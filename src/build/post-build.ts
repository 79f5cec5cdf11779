import type { PhaseTimer } from './phase-timer.ts';

/** Steps that work on Astro's finished output: the search index, the board's build id, archive bundles. */
export async function postBuildSteps(options: { outDir: string; base: string; contentDir: string; timer: PhaseTimer }): Promise<void> {
  void options;
}
