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
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashModules } from '../build/paths.ts';
import { filesUnder } from '../load/tree.ts';

/** Bump when the bundle is finished differently from the same records. */
const BUNDLE_FORMAT = 1;
const MANIFEST = 'manifest.json';
/** Packages whose version decides them: Pagefind (it pins its binary) and the HTML parser. */
const PACKAGES = ['pagefind', 'htmlparser2'];

/** A package's version; found by path because not every package exports its package.json. */
function packageVersion(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (pkg.name === name) return pkg.version;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`${name}: package.json not found`);
    dir = up;
  }
}

/**
 * Key of the bundle for these indexed pages ([file, digest of its HTML], in the order they were
 * packed into records, which its output depends on) under `base`, split into `parts` indexes.
 */
export async function bundleKey(digests: [string, string][], base: string, parts: number): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ format: BUNDLE_FORMAT, packages: PACKAGES.map((p) => `${p}@${packageVersion(p)}`), base, parts }));
  // our code that decides the records and the finished bundle: every module of src/search/
  hashModules(hash, path.dirname(fileURLToPath(import.meta.url)));
  for (const [file, digest] of digests) hash.update(`\0${file}\0${digest}`);
  return hash.digest('hex');
}

type Manifest = { key: string; files: Record<string, [size: number, mtimeMs: number]> };

/*
 * The file operations below are synchronous on purpose: nothing else runs in the build process
 * while the bundle is restored or saved, and a thread-pool round trip per file operation (9,000
 * when saving 4,500 files: a link and a stat each) cost more than the operations themselves
 * (saving took 0.6 s at N = 4,000, now ~0.2 s).
 */

/** Hard link, or copy where links are not possible (another file system, no permission). */
function linkTree(from: string, to: string, files: string[]): void {
  for (const d of new Set(files.map((f) => path.dirname(path.join(to, f))))) mkdirSync(d, { recursive: true });
  for (const f of files) {
    try {
      linkSync(path.join(from, f), path.join(to, f));
    } catch {
      copyFileSync(path.join(from, f), path.join(to, f));
    }
  }
}

function readManifest(cacheDir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(path.join(cacheDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/**
 * Puts the cached bundle at `bundleDir` when it was made for `key` and is unaltered; false
 * otherwise, also when the cache cannot be read (another build replacing it at that moment).
 */
export async function restoreBundle(cacheDir: string, key: string, bundleDir: string): Promise<boolean> {
  try {
    const manifest = readManifest(cacheDir);
    if (manifest?.key !== key) return false;
    const from = path.join(cacheDir, 'pagefind');
    const files = Object.keys(manifest.files);
    const altered = files.some((f) => {
      const s = statSync(path.join(from, f), { throwIfNoEntry: false });
      const [size, mtimeMs] = manifest.files[f];
      return !s || s.size !== size || s.mtimeMs !== mtimeMs;
    });
    if (altered) return false;
    linkTree(from, bundleDir, files);
    return true;
  } catch {
    rmSync(bundleDir, { recursive: true, force: true });
    return false;
  }
}

/**
 * Keeps the bundle for the next build: linked into a folder of its own, then renamed into place,
 * the previous cache moved aside first. Two builds of one content folder may race here; the loser
 * just keeps no cache (a failed save never fails the build).
 */
export async function saveBundle(cacheDir: string, key: string, bundleDir: string): Promise<void> {
  const tmp = `${cacheDir}.tmp-${process.pid}`;
  const old = `${cacheDir}.old-${process.pid}`;
  try {
    rmSync(tmp, { recursive: true, force: true });
    const files = filesUnder(bundleDir);
    linkTree(bundleDir, path.join(tmp, 'pagefind'), files);
    const manifest: Manifest = { key, files: {} };
    for (const f of files) {
      const s = statSync(path.join(tmp, 'pagefind', f));
      manifest.files[f] = [s.size, s.mtimeMs];
    }
    writeFileSync(path.join(tmp, MANIFEST), JSON.stringify(manifest));
    try {
      renameSync(cacheDir, old);
    } catch {
      // no previous cache
    }
    renameSync(tmp, cacheDir);
  } catch {
    // another build saved at the same moment: its cache stands
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}
