import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../../src/site/avatar.ts';
import { caseSubline } from '../../../src/site/cases.ts';
import { atomDate, atomFeed, stableUuid } from '../../../src/site/feed.ts';
import { gradeClass } from '../../../src/site/grades.ts';
import { groupBy, neighbours } from '../../../src/site/group.ts';
import { mainNav, navCurrent } from '../../../src/site/nav.ts';
import { searchAttributes, searchFilters } from '../../../src/site/search.ts';
import { tagSegment } from '../../../src/site/tags.ts';
import { ancestors, unitForest } from '../../../src/site/units.ts';

describe('initialsOf', () => {
  it('shows short personal names whole and long ones by the given name', () => {
    expect(initialsOf('王明辉')).toBe('王明辉');
    expect(initialsOf('李丽')).toBe('李丽');
    expect(initialsOf('欧阳明辉')).toBe('明辉');
  });
  it('shows two characters of a collective without the office prefix', () => {
    expect(initialsOf('市政府办公厅规章制度修订工作组', 'collective')).toBe('规章');
    expect(initialsOf('督查室', 'collective')).toBe('督查');
  });
  it('uses Latin initials for Latin names', () => expect(initialsOf('john smith')).toBe('JS'));
});

describe('caseSubline', () => {
  it('does not repeat the unit when the post names it', () => {
    expect(caseSubline('秘书一处', 'individual', '秘书一处副处长')).toBe('秘书一处副处长');
    expect(caseSubline('信息处', 'individual', '副主任科员')).toBe('信息处 · 副主任科员');
    expect(caseSubline('督查室', 'collective', '承担督查督办')).toBe('督查室');
    expect(caseSubline('督查室', 'individual')).toBe('督查室');
  });
});

describe('search attributes', () => {
  it('drops empty values and keys and keeps display names', () => {
    expect(searchFilters({ unit: ['秘书一处', undefined, '秘书一处', ''], stage: [undefined], year: ['2011'] })).toBe('{"unit":["秘书一处"],"year":["2011"]}');
    expect(searchFilters({})).toBe('{}');
  });
  it('names type, title and filters', () => {
    expect(searchAttributes('case', '李文静', { unit: ['秘书一处'] })).toEqual({
      'data-search-type': 'case',
      'data-search-title': '李文静',
      'data-search-filters': '{"unit":["秘书一处"]}',
    });
  });
});

describe('navigation', () => {
  const nav = mainNav('/bangyang/');
  it('lists the nine sections under the base', () => {
    expect(nav.map((n) => n.label)).toEqual(['首页', '系列报道', '报道', '先进典型', '单位', '考核阶段', '归档', '标签', '搜索']);
    expect(nav.every((n) => n.href.startsWith('/bangyang/') && n.href.endsWith('/'))).toBe(true);
  });
  it('marks the exact page and its section', () => {
    expect(navCurrent('/bangyang/', '/bangyang/', '/bangyang/')).toBe('page');
    expect(navCurrent('/bangyang/', '/bangyang/reports/', '/bangyang/')).toBeUndefined();
    expect(navCurrent('/bangyang/reports/', '/bangyang/reports/', '/bangyang/')).toBe('page');
    expect(navCurrent('/bangyang/reports/', '/bangyang/reports/x', '/bangyang/')).toBe('true');
    expect(navCurrent('/bangyang/cases/', `/bangyang/cases/${encodeURIComponent('李文静')}/`, '/bangyang/')).toBe('true');
    expect(navCurrent('/bangyang/cases/', '/bangyang/casesx/', '/bangyang/')).toBeUndefined();
  });
});

describe('lists', () => {
  it('groups in first-seen order', () => {
    expect(groupBy(['2011a', '2011b', '2010a'], (s) => s.slice(0, 4))).toEqual([
      { key: '2011', items: ['2011a', '2011b'] },
      { key: '2010', items: ['2010a'] },
    ]);
  });
  it('finds neighbours', () => {
    expect(neighbours(['a', 'b', 'c'], 'b')).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b'], 'a')).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(['a'], 'x')).toEqual({});
  });
  it('classes grades by place', () => {
    const grades = [{ name: '优秀' }, { name: '良好' }, { name: '合格' }, { name: '不合格' }, { name: '差' }];
    expect(['优秀', '不合格', '差', '?'].map((g) => gradeClass(g, grades))).toEqual(['g0', 'g3', 'g3', 'g1']);
  });
  it('makes tags safe URL segments', () => {
    expect(tagSegment('质量提升年')).toBe('质量提升年');
    expect(tagSegment(' A/B 测试 ')).toBe('A-B-测试');
  });
});

describe('unit tree', () => {
  const units = [
    { id: 'bgt', name: '办公厅' },
    { id: 'a', name: '甲', parent: 'bgt' },
    { id: 'a1', name: '甲一', parent: 'a' },
    { id: 'b', name: '乙', parent: 'bgt' },
    { id: 'orphan', name: '孤', parent: 'missing' },
    { id: 'x', name: 'x', parent: 'y' },
    { id: 'y', name: 'y', parent: 'x' },
  ];
  it('builds a forest in registry order, orphans as roots, cycles left out', () => {
    const forest = unitForest(units);
    expect(forest.map((n) => n.unit.id)).toEqual(['bgt', 'orphan']);
    expect(forest[0]!.children.map((n) => n.unit.id)).toEqual(['a', 'b']);
    expect(forest[0]!.children[0]!.children.map((n) => n.unit.id)).toEqual(['a1']);
  });
  it('lists ancestors nearest first and stops at cycles', () => {
    expect(ancestors(units, 'a1').map((u) => u.id)).toEqual(['a', 'bgt']);
    expect(ancestors(units, 'x').map((u) => u.id)).toEqual(['y']);
  });
});

describe('atom feed', () => {
  const feed = () =>
    atomFeed({
      title: '榜样 & 系列',
      author: '中原市人民政府办公厅',
      base: '/bangyang/',
      self: '/bangyang/feed.xml',
      entries: [
        { key: 'reports/b', title: '新 <一>', href: '/bangyang/reports/b/', date: '2011-09-28', categories: ['消息'] },
        { key: 'reports/a', title: '旧', href: '/bangyang/reports/a/', date: '2010-01-12', summary: '“摘要”' },
      ],
    });
  it('is deterministic and escapes text', () => {
    expect(feed()).toBe(feed());
    expect(feed()).toContain('<title>榜样 &amp; 系列</title>');
    expect(feed()).toContain('<title>新 &lt;一&gt;</title>');
  });
  it('uses the newest entry date as updated', () => {
    expect(feed()).toMatch(/<feed[^>]*>\s*<id>[^<]+<\/id>\s*<title>[^<]+<\/title>\s*<updated>2011-09-28T00:00:00\+08:00<\/updated>/);
    expect(atomDate('2011-01-02')).toBe('2011-01-02T00:00:00+08:00');
  });
  it('gives stable UUID URNs', () => {
    expect(stableUuid('reports/a')).toBe(stableUuid('reports/a'));
    expect(stableUuid('reports/a')).not.toBe(stableUuid('reports/b'));
    expect(stableUuid('reports/a')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
