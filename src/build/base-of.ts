import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The base a site was built with, recorded by the build in `build-id.json`, so preview serves it right. */
export function basePathOf(outDir: string): string {
  const file = join(outDir, 'build-id.json');
  if (!existsSync(file)) return '/';
  try {
    const base = (JSON.parse(readFileSync(file, 'utf8')) as { base?: string }).base;
    return typeof base === 'string' && base.startsWith('/') ? base : '/';
  } catch {
    return '/';
  }
}
