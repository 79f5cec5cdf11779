import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The files of a content tree, grouped the way the content model lays them out; paths are absolute. */
export interface ContentFiles {
  dir: string;
  site?: string;
  scoring?: string;
  units?: string;
  series: string[];
  reports: string[];
  cases: string[];
  stages: string[];
  scores: string[];
  hasScoresFolder: boolean;
  /** Archive manifests, `archive/<stage>.json`. */
  archive: string[];
}

const markdown = /\.(md|markdown)$/i;

function listFiles(dir: string, pattern: RegExp, recursive: boolean): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive, withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (!pattern.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    // Hidden and underscore files and folders are drafts or tooling (content.config.ts's dev glob
    // skips the same).
    if (name.split(sep).some((part) => part.startsWith('.') || part.startsWith('_'))) continue;
    // Dirent types come free with the listing; only a symbolic link needs a stat to see its target.
    if (entry.isFile() || (entry.isSymbolicLink() && exists(path))) files.push(path);
  }
  return files.sort();
}

/**
 * Every file under `dir` (a symbolic link to a file counts as that file), relative with "/",
 * sorted by code unit: what a built output or a search bundle is made of.
 */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && exists(join(entry.parentPath, entry.name))))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const exists = (path: string) => {
  try {
    return statSync(path).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
};

const present = (path: string) => {
  try {
    statSync(path);
    return path;
  } catch {
    return undefined;
  }
};

export function listContentFiles(dir: string): ContentFiles {
  return {
    dir,
    // Any entry by these names, even a folder: reading it then says what is wrong, not "missing".
    site: present(join(dir, 'site.yml')) ?? present(join(dir, 'site.yaml')),
    scoring: present(join(dir, 'scoring.yml')) ?? present(join(dir, 'scoring.yaml')),
    units: present(join(dir, 'units.csv')),
    series: listFiles(join(dir, 'series'), markdown, false),
    reports: listFiles(join(dir, 'reports'), markdown, true),
    cases: listFiles(join(dir, 'cases'), markdown, true),
    stages: listFiles(join(dir, 'stages'), markdown, false),
    scores: listFiles(join(dir, 'scores'), /\.csv$/i, false),
    hasScoresFolder: (() => {
      try {
        return statSync(join(dir, 'scores')).isDirectory();
      } catch {
        return false;
      }
    })(),
    archive: listFiles(join(dir, 'archive'), /\.json$/i, false),
  };
}

/** Path as shown to the editor: relative to the working directory, forward slashes. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}
