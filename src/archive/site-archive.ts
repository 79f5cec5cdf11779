import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { manifestPath, readManifest, sha256OfFile, type ArchiveManifest } from './manifest.ts';

/** The bundle's file name inside `stages/<id>/` of the built site. */
export const bundleFileName = 'archive.zip';

/** A stage's archive record as the site sees it. */
export interface ArchiveRecord {
  manifest: ArchiveManifest;
  /** The manifest file as it is on disk (the bundle carries it unchanged). */
  text: string;
  /** Both archived files are on disk with the recorded checksums. */
  verified: boolean;
}

const hashMatches = (contentDir: string, file: { path: string; sha256: string }) => {
  const path = resolve(contentDir, ...file.path.split('/'));
  try {
    return statSync(path).isFile() && sha256OfFile(path) === file.sha256;
  } catch {
    return false;
  }
};

/**
 * Read `archive/<stage>.json` for the site (pages run inside Astro, where `check` already refused a
 * build with archive errors; in dev the files are hashed again so a changed file shows as unverified).
 * Undefined when the stage has no readable manifest.
 */
export function readArchiveRecord(contentDir: string, stage: string): ArchiveRecord | undefined {
  const read = readManifest(manifestPath(contentDir, stage));
  if (!read.ok || read.manifest.stage !== stage) return undefined;
  const { manifest, text } = read;
  return { manifest, text, verified: hashMatches(contentDir, manifest.files.summary) && hashMatches(contentDir, manifest.files.scores) };
}
