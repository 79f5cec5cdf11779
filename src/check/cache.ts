import { resolve } from 'node:path';
import { checkContent, type CheckResult } from './index.ts';

interface Cached {
  dir: string;
  result: CheckResult;
}

/**
 * The build checks the tree once in the command process; Astro's content loaders run in the same
 * process but in Vite's module graph (another copy of this module), so the result is shared through
 * globalThis rather than a module variable.
 */
const key = Symbol.for('bangyang.check');

export function checkedContent(dir: string, fresh = false): CheckResult {
  const store = globalThis as unknown as Record<symbol, Cached | undefined>;
  const cached = store[key];
  const abs = resolve(dir);
  if (!fresh && cached && cached.dir === abs) return cached.result;
  const result = checkContent(abs);
  store[key] = { dir: abs, result };
  return result;
}

export function forgetCheckedContent(): void {
  (globalThis as unknown as Record<symbol, unknown>)[key] = undefined;
}
