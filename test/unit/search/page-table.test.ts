import { describe, expect, it } from 'vitest';
import { RecordPacker } from '../../../src/search/packer.ts';
import { collectPages, filterCounts, indexTable, pageFilter, rankPages, type PageTable, type RecordHit } from '../../../src/search/page-table.ts';
import { parseQuery } from '../../../src/search/phrase.ts';

describe('the page table', () => {
  // record zz_r0 holds a (positions 0-999) and b (1000-1199); zz_x1 holds a's second section
  // (0-999) and c's first (1000-2999); zz_a2 holds c's second (0-2999)
  const table: PageTable = {
    v: 2,
    pages: [
      ['/a/', '督办台账管理办法', 'report', 2000, [0, 2]],
      ['/b/', '工作简报', 'report', 200, [1, 2]],
      ['/c/', '长文', 'case', 5000, [0, 3]],
    ],
    filters: [['unit', '一处'], ['unit', '二处'], ['type', '报道'], ['type', '典型']],
    records: [
      ['zz_r0', 0, 0, 1000, 1, 1000, 200],
      ['zz_x1', 0, 0, 1000, 2, 1000, 2000],
      ['zz_a2', 2, 0, 3000],
    ],
  };
  const index = indexTable(table);
  const match = (start: number, phrase = 0, span = 2) => ({ start, span, phrase });

  it('cuts records back into the sections of their pages', () => {
    expect(index.sections.get('zz_r0')).toEqual([{ page: 0, from: 0, to: 1000 }, { page: 1, from: 1000, to: 1200 }]);
    expect(index.recordOrder.get('zz_a2')).toBe(2);
    expect(index.avgLength).toBeCloseTo(7200 / 3);
  });

  it('gives each match to the section it lies in, at positions relative to it, and drops one across two pages', () => {
    const q = parseQuery('督办');
    const hits: RecordHit[] = [{ id: 'zz_r0', matches: [match(10), match(998), match(999), match(1000), match(1005), match(1199)] }];
    const pages = collectPages(q, index, hits);
    expect(pages.map((p) => [p.page, p.counts[0], p.sections.map((s) => [s.id, s.from, s.to, s.matches.map((m) => m.start)])])).toEqual([
      [0, 2, [['zz_r0', 0, 1000, [10, 998]]]], // 999-1000 runs from a into b: no match
      [1, 2, [['zz_r0', 1000, 1200, [0, 5]]]], // 1199-1200 runs past the record's last section
    ]);
  });

  it('lists the sections of a page by matches, then in the order they were packed', () => {
    const q = parseQuery('督办');
    // c's sections: 1000-2999 of zz_x1 and 0-2999 of zz_a2, one match each
    const [c] = collectPages(q, index, [{ id: 'zz_a2', matches: [match(5)] }, { id: 'zz_x1', matches: [match(1500)] }]);
    expect(c.sections.map((s) => s.id)).toEqual(['zz_x1', 'zz_a2']);
  });

  it('keeps pages holding every phrase, in their sections of any record', () => {
    const q = parseQuery('督办 台账');
    const hits: RecordHit[] = [
      { id: 'zz_r0', matches: [match(1003, 0)] }, // b: 督办 only
      { id: 'zz_x1', matches: [match(1003, 0)] }, // c, first section
      { id: 'zz_a2', matches: [match(9, 1)] }, // c, second section
    ];
    expect(collectPages(q, index, hits).map((p) => p.page)).toEqual([2]);
  });

  it('counts a phrase found only in the title', () => {
    const q = parseQuery('管理办法');
    expect(collectPages(q, index, []).length).toBe(0); // nothing to group without records
    expect(collectPages(q, index, [{ id: 'zz_r0', matches: [match(0, 0, 4)] }])[0].titleHits).toBe(1);
  });

  it('ranks title hits first, then term frequency damped by length, then page order', () => {
    const q = parseQuery('督办');
    const many = (from: number, n: number) => Array.from({ length: n }, (_, i) => match(from + i * 10));
    const hits: RecordHit[] = [
      { id: 'zz_a2', matches: many(0, 5) },
      { id: 'zz_r0', matches: [...many(0, 1), ...many(1000, 3)] },
    ];
    expect(rankPages(collectPages(q, index, hits), index).map((h) => h.page)).toEqual([0, 1, 2]); // a: title; b: 3 in 200; c: 5 in 5000
  });

  it('filters pages by every value asked for, and counts pages per value', () => {
    const only = (filters: Record<string, string[]>) => {
      const keep = pageFilter(table, filters);
      return [0, 1, 2].filter((p) => !keep || keep(p));
    };
    expect(only({})).toEqual([0, 1, 2]);
    expect(only({ unit: ['一处'] })).toEqual([0, 2]);
    expect(only({ unit: ['一处'], type: ['报道'] })).toEqual([0]);
    expect(only({ unit: ['三处'] })).toEqual([]);
    expect(filterCounts(table)).toEqual({ unit: { 一处: 2, 二处: 1 }, type: { 报道: 2, 典型: 1 } });
  });
});

describe('RecordPacker', () => {
  const section = (positions: number) => ({ content: Array.from({ length: positions }, (_, i) => `w${i}_`).join(' '), positions });

  it('packs consecutive pages of one part into a record up to its limit, each part apart', () => {
    const packer = new RecordPacker(10);
    expect(packer.add('a', 'zz', [section(4)])).toEqual([]);
    expect(packer.add('b', 'zz-001', [section(3)])).toEqual([]);
    const closed = packer.add('c', 'zz', [section(5), section(6)]);
    // a + c's first section fill record 0; c's second starts record 2 (record 1 is b's part's)
    expect(closed.map((r) => [r.record.url, r.record.language, r.sections])).toEqual([['/r/0', 'zz', [['a', 0, 4], ['c', 4, 5]]]]);
    expect(closed[0].record.content.split(' ').length).toBe(9); // positions run on across sections
    expect(packer.finish().map((r) => [r.record.url, r.sections])).toEqual([
      ['/r/1', [['b', 0, 3]]],
      ['/r/2', [['c', 0, 6]]],
    ]);
  });

  it('closes a record as soon as it is full, and gives an overlong section a record of its own', () => {
    const packer = new RecordPacker(10);
    expect(packer.add('a', 'zz', [section(10)]).map((r) => r.sections)).toEqual([[['a', 0, 10]]]);
    expect(packer.add('b', 'zz', [section(2), section(12)]).map((r) => r.sections)).toEqual([[['b', 0, 2]], [['b', 0, 12]]]);
    expect(packer.finish()).toEqual([]);
  });
});
