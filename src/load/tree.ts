import { readdirSync, statSync } from 'node:fs';
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
  let names: string[];
  try {
    names = readdirSync(dir, { recursive }) as string[];
  } catch {
    return [];
  }
  return names
    .filter((name) => pattern.test(name) && !name.split(sep).some((part) => part.startsWith('.') || part.startsWith('_')))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

const exists = (path: string) => {
  try {
    return statSync(path).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
};

export function listContentFiles(dir: string): ContentFiles {
  return {
    dir,
    site: exists(join(dir, 'site.yml')) ?? exists(join(dir, 'site.yaml')),
    scoring: exists(join(dir, 'scoring.yml')) ?? exists(join(dir, 'scoring.yaml')),
    units: exists(join(dir, 'units.csv')),
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
