import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayPath, listContentFiles } from '../../../src/load/tree.ts';
import { removeTree, writeTree } from '../check/helpers.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeTree));

describe('listContentFiles groups a content tree as the content model lays it out', () => {
  it('finds Markdown recursively where the model allows it, skipping hidden and underscore files', () => {
    const dir = writeTree({
      'site.yml': '',
      'units.csv': '',
      'reports/a.md': '',
      'reports/2011/b.markdown': '',
      'reports/_draft.md': '',
      'reports/.hidden/c.md': '',
      'reports/_parts/d.md': '',
      'reports/notes.txt': '',
      'series/s.md': '',
      'series/nested/t.md': '',
      'scores/2009.csv': '',
      'scores/readme.md': '',
      'archive/2009.json': '',
    });
    dirs.push(dir);
    mkdirSync(join(dir, 'reports/folder.md'));
    symlinkSync(join(dir, 'reports/a.md'), join(dir, 'reports/link.md'));
    symlinkSync(join(dir, 'missing.md'), join(dir, 'reports/dangling.md'));
    const files = listContentFiles(dir);
    const rel = (paths: string[]) => paths.map((path) => path.slice(dir.length + 1));
    expect(rel(files.reports)).toEqual(['reports/2011/b.markdown', 'reports/a.md', 'reports/link.md']);
    expect(rel(files.series)).toEqual(['series/s.md']);
    expect(rel(files.scores)).toEqual(['scores/2009.csv']);
    expect(rel(files.archive)).toEqual(['archive/2009.json']);
    expect(files).toMatchObject({ site: join(dir, 'site.yml'), units: join(dir, 'units.csv'), scoring: undefined, hasScoresFolder: true, cases: [], stages: [] });
  });

  it('accepts site.yaml and scoring.yaml spelled the long way', () => {
    const dir = writeTree({ 'site.yaml': '', 'scoring.yaml': '' });
    dirs.push(dir);
    expect(listContentFiles(dir)).toMatchObject({ site: join(dir, 'site.yaml'), scoring: join(dir, 'scoring.yaml'), hasScoresFolder: false });
  });

  it('shows paths relative to the working directory with forward slashes', () => {
    expect(displayPath('/work/main/content/site.yml', '/work/main')).toBe('content/site.yml');
    expect(displayPath('/elsewhere/site.yml', '/work/main')).toBe('/elsewhere/site.yml');
  });
});
