// RecordCollector on both paths: pages fed as they render (a live index) in any order, pages
// read back from disk, and the page table that says which positions of which record are whose.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../../src/search/extract.ts';
import type { LiveIndex } from '../../../src/search/live-index.ts';
import { recordNumber } from '../../../src/search/packer.ts';
import { encodeText } from '../../../src/search/phrase.ts';
import { RecordCollector, type CustomRecord, type SiteRecords } from '../../../src/search/records.ts';
import { pageTexts } from '../../support/search-bundle.ts';

/** Short pages whose first line is their title (so the indexed text is the element's text alone). */
const html = (n: number) =>
  `<html lang="zh-CN"><body><main data-search-type="report" data-search-title="第${n}页"><p>第${n}页</p><p>编号${n}的督办事项已经办结。</p></main></body></html>`;
const FILES = Array.from({ length: 12 }, (_, n) => `reports/n${String(n).padStart(2, '0')}/index.html`);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bangyang-collector-'));
  dirs.push(dir);
  FILES.forEach((f, n) => {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), html(n));
  });
  return dir;
}

/** page url → the coded text the records sent hold for it, cut out by the page table */
function texts(site: SiteRecords, records: CustomRecord[]): Map<string, string> {
  const byNumber = new Map(records.map((r) => [recordNumber(r.url), r.content]));
  return new Map(Object.entries(pageTexts(site.table, (n) => byNumber.get(n) ?? '')).map(([url, sections]) => [url, sections.join(' ')]));
}

const expected = () => new Map(FILES.map((f, n) => [`/${f.replace('index.html', '')}`, encodeText(extractPage(html(n))!.text)]));

describe('RecordCollector', () => {
  it('packs pages fed in any order, in two parts, and maps every position back to its page', async () => {
    const dir = site();
    const sent: CustomRecord[] = [];
    const live = { send: (records: CustomRecord[]) => sent.push(...records) } as unknown as LiveIndex;
    const collector = new RecordCollector('/', live, 2, 40);
    // rendered out of file order; three pages left for finish() to read from disk, and one page
    // rendered that is not in the output
    const fed = [7, 1, 10, 0, 4, 9, 2, 11, 5];
    for (const n of fed) collector.add(FILES[n], Buffer.from(html(n)));
    collector.add('reports/gone/index.html', Buffer.from(html(99)));
    const result = await collector.finish(dir, FILES);
    expect(result.read).toBe(3);
    expect(result.table.pages.map((p) => p[0])).toEqual(FILES.map((f) => `/${f.replace('index.html', '')}`));
    expect(sent.length).toBe(result.table.records.length); // every record went to the live index
    expect(new Set(sent.map((r) => r.language))).toEqual(new Set(['zz', 'zz-001']));
    expect(sent.length).toBeLessThan(FILES.length); // packed
    expect(texts(result, sent)).toEqual(expected());
    // every page of the output has its one section in the table, the page not in it none
    expect(result.table.records.flatMap(([, ...flat]) => flat.filter((_, i) => i % 3 === 0)).sort((a, b) => a - b)).toEqual(FILES.map((_, n) => n));
  });

  it('packs in file order without a live index, so that the records do not depend on the order pages came in', async () => {
    const dir = site();
    const a = new RecordCollector('/', null, 2, 40);
    const b = new RecordCollector('/', null, 2, 40);
    for (const n of [3, 8, 1]) a.add(FILES[n], Buffer.from(html(n)));
    const ra = await a.finish(dir, FILES);
    const rb = await b.finish(dir, FILES);
    expect(ra.records).toEqual(rb.records);
    expect(ra.table).toEqual(rb.table);
    expect(texts(ra, ra.records)).toEqual(expected());
  });
});
