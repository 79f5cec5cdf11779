import { createHash } from 'node:crypto';
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
