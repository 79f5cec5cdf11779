/**
 * Reuse of the previous search bundle when nothing it is made of changed. The bundle is a
 * function of the indexed pages' HTML, the base path, our code that turns pages into records
 * and finishes the bundle, and the Pagefind version; the key hashes exactly those (pages that
 * carry no data-search-type, like the lists, are not in it: they are never indexed). A hit is the
 * bundle a fresh run would write, byte for byte.
 *
 * Files are hard-linked between the output and the cache (copying 4,500 files took 4 s at
 * N = 4,000). Should anyone edit a deployed bundle file in place, the cache would see it: every
 * file's size and mtime are recorded, and any difference is a miss.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the bundle is finished differently from the same records. */
const BUNDLE_FORMAT = 1;
const MANIFEST = 'manifest.json';
/** The modules whose code decides the records and the finished bundle. */
const CODE = ['extract.ts', 'files.ts', 'index.ts', 'phrase.ts', 'records.ts', 'bundle-cache.ts'];

/** Pagefind's package version (it pins its binary's); its package.json is not exported, so found by path. */
function pagefindVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'pagefind') return pkg.version;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error('pagefind: package.json not found');
    dir = up;
  }
}

/**
 * Key of the bundle for these indexed pages ([file, digest of its HTML], in the order their records
 * went to Pagefind, which its output depends on) under `base`.
 */
export async function bundleKey(digests: [string, string][], base: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ format: BUNDLE_FORMAT, pagefind: pagefindVersion(), base }));
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const f of CODE) hash.update(await readFile(path.join(here, f)));
  for (const [file, digest] of digests) hash.update(`\0${file}\0${digest}`);
  return hash.digest('hex');
}

type Manifest = { key: string; files: Record<string, [size: number, mtimeMs: number]> };

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** Hard link, or copy where links are not possible (another file system, no permission). */
async function linkTree(from: string, to: string, files: string[]): Promise<void> {
  const dirs = [...new Set(files.map((f) => path.dirname(path.join(to, f))))];
  for (const d of dirs) await mkdir(d, { recursive: true });
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map((f) => link(path.join(from, f), path.join(to, f)).catch(() => copyFile(path.join(from, f), path.join(to, f)))),
    );
  }
}

async function readManifest(cacheDir: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(path.join(cacheDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** Puts the cached bundle at `bundleDir` when it was made for `key` and is unaltered; false otherwise. */
export async function restoreBundle(cacheDir: string, key: string, bundleDir: string): Promise<boolean> {
  const manifest = await readManifest(cacheDir);
  if (manifest?.key !== key) return false;
  const from = path.join(cacheDir, 'pagefind');
  const files = Object.keys(manifest.files);
  for (let i = 0; i < files.length; i += 64) {
    const stats = await Promise.all(files.slice(i, i + 64).map((f) => stat(path.join(from, f)).catch(() => null)));
    const altered = stats.some((s, j) => {
      const [size, mtimeMs] = manifest.files[files[i + j]];
      return !s || s.size !== size || s.mtimeMs !== mtimeMs;
    });
    if (altered) return false;
  }
  await linkTree(from, bundleDir, files);
  return true;
}

/** Keeps the bundle for the next build: linked aside, then renamed into place. */
export async function saveBundle(cacheDir: string, key: string, bundleDir: string): Promise<void> {
  const tmp = `${cacheDir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  const files = (await filesUnder(bundleDir)).sort();
  await linkTree(bundleDir, path.join(tmp, 'pagefind'), files);
  const manifest: Manifest = { key, files: {} };
  for (const f of files) {
    const s = await stat(path.join(tmp, 'pagefind', f));
    manifest.files[f] = [s.size, s.mtimeMs];
  }
  await writeFile(path.join(tmp, MANIFEST), JSON.stringify(manifest));
  await rm(cacheDir, { recursive: true, force: true });
  await rename(tmp, cacheDir);
}
