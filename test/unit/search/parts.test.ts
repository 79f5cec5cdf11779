import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexLanguage, isIndexLanguage } from '../../../src/search/files.ts';
import { indexPartsFor, partOf, PART_DOCUMENTS, PART_MARKDOWN_BYTES } from '../../../src/search/parts.ts';

const dirs: string[] = [];
beforeEach(() => {
  delete process.env.BANGYANG_SEARCH_PARTS;
});
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  delete process.env.BANGYANG_SEARCH_PARTS;
});

/** A content folder with Markdown files of these sizes (bytes), in sub-folders, and a CSV of csvBytes. */
function contentOf(sizes: number[], csvBytes = 0): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bangyang-parts-'));
  dirs.push(dir);
  sizes.forEach((size, i) => {
    mkdirSync(path.join(dir, 'reports', String(i % 3)), { recursive: true });
    writeFileSync(path.join(dir, 'reports', String(i % 3), `r${i}.md`), 'x'.repeat(size));
  });
  if (csvBytes) writeFileSync(path.join(dir, 'scores.csv'), 'y'.repeat(csvBytes));
  return dir;
}

describe('index parts', () => {
  it('adds a part per PART_DOCUMENTS Markdown documents', () => {
    expect(indexPartsFor(contentOf([1000]))).toBe(1);
    expect(indexPartsFor(contentOf(Array(PART_DOCUMENTS).fill(10)))).toBe(1);
    expect(indexPartsFor(contentOf(Array(PART_DOCUMENTS + 1).fill(10)))).toBe(2);
    // drafts and Markdown outside the content folders are not documents
    const withDrafts = contentOf(Array(PART_DOCUMENTS).fill(10));
    writeFileSync(path.join(withDrafts, 'reports', '0', '_draft.md'), 'x');
    writeFileSync(path.join(withDrafts, 'README.md'), 'x');
    expect(indexPartsFor(withDrafts)).toBe(1);
  });

  it('adds a part per PART_MARKDOWN_BYTES for few but very long documents', () => {
    expect(indexPartsFor(contentOf([PART_MARKDOWN_BYTES / 2, PART_MARKDOWN_BYTES / 2]))).toBe(1);
    expect(indexPartsFor(contentOf([PART_MARKDOWN_BYTES / 2, PART_MARKDOWN_BYTES / 2 + 1]))).toBe(2);
    expect(indexPartsFor(contentOf([PART_MARKDOWN_BYTES, PART_MARKDOWN_BYTES, 10]))).toBe(3);
    expect(indexPartsFor(contentOf([10], PART_MARKDOWN_BYTES + 1))).toBe(1); // other files do not count
  });

  it('takes the number of parts from BANGYANG_SEARCH_PARTS when set, 1 to 999', () => {
    process.env.BANGYANG_SEARCH_PARTS = '2';
    expect(indexPartsFor(contentOf([10]))).toBe(2);
    for (const bad of ['0', 'abc', '2.5', '1e3', '1000']) {
      process.env.BANGYANG_SEARCH_PARTS = bad;
      expect(() => indexPartsFor(contentOf([10])), bad).toThrow(/1 to 999/);
    }
  });

  it('puts a page in the same part every build, and spreads pages over all parts', () => {
    const urls = Array.from({ length: 400 }, (_, i) => `/bangyang/reports/r${i}/`);
    const counts = [0, 0, 0];
    for (const u of urls) counts[partOf(u, 3)]++;
    // FNV-1a of the URL: fixed values, whatever the order pages render in
    expect(['/bangyang/cases/model/', '/bangyang/reports/duban/', '/bangyang/units/a.html'].map((u) => partOf(u, 3))).toEqual([0, 1, 2]);
    for (const n of counts) expect(n).toBeGreaterThan(100);
    expect(urls.every((u) => partOf(u, 1) === 0)).toBe(true);
  });

  it('names each part with a language of its own that the browser recognises as ours', () => {
    expect([0, 1, 12].map(indexLanguage)).toEqual(['zz', 'zz-001', 'zz-012']);
    expect([0, 1, 12].map(indexLanguage).every(isIndexLanguage)).toBe(true);
    expect(isIndexLanguage('zh-cn')).toBe(false);
  });
});
