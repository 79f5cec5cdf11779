import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Build caches of one content folder, under node_modules/.astro/ (never committed, removed with
 * node_modules): `content` is Astro's content-layer cache, `search` the last search bundle.
 */
export function cacheDirOf(kind: 'content' | 'search', contentDir: string): string {
  const key = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);
  return join(projectRoot, 'node_modules', '.astro', `${kind}-${key}`);
}

/**
 * Feeds every TypeScript module of `dir` (its name and bytes, by name) into `hash`: the code part
 * of a cache key, so that a cache never outlives the code that filled it (a list kept by hand once
 * missed a new module).
 */
export function hashModules(hash: Hash, dir: string): Hash {
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.ts')).sort()) hash.update(`\0${f}\0`).update(readFileSync(join(dir, f)));
  return hash;
}
