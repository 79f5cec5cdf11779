import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/load/yaml.ts';

const text = `title: 榜样
board:
  interval: 12
  slides: [title, cases]
indicators:
  - { id: target, name: 目标责任落实, max: 30 }
  - id: tracking
    name: 运行跟踪监控
    max: 25
tags:
  - 综述
  - "消息"
`;

describe('parseYaml locates every key and value', () => {
  const source = parseYaml(text);

  it('parses YAML 1.2: dates stay strings', () => {
    expect(source.problems).toEqual([]);
    expect(parseYaml('date: 2011-01-18\n').data).toEqual({ date: '2011-01-18' });
  });

  it('finds top-level and nested keys and their values', () => {
    expect(source.locate(['title'])).toEqual({ line: 1, column: 1 });
    expect(source.locate(['title'], 'value')).toEqual({ line: 1, column: 8 });
    expect(source.locate(['board', 'interval'])).toEqual({ line: 3, column: 3 });
    expect(source.locate(['board', 'interval'], 'value')).toEqual({ line: 3, column: 13 });
    expect(source.locate(['board', 'slides', 1], 'value')).toEqual({ line: 4, column: 19 });
  });

  it('finds list items, flow and block maps inside lists', () => {
    expect(source.locate(['indicators', 0, 'max'], 'value')).toEqual({ line: 6, column: 38 });
    expect(source.locate(['indicators', 1, 'name'])).toEqual({ line: 8, column: 5 });
    expect(source.locate(['indicators', 1, 'max'], 'value')).toEqual({ line: 9, column: 10 });
    expect(source.locate(['tags', 0], 'value')).toEqual({ line: 11, column: 5 });
    expect(source.locate(['tags', 1], 'value')).toEqual({ line: 12, column: 5 });
  });

  it('falls back to the nearest existing ancestor for a missing key', () => {
    expect(source.locate(['board', 'topN'])).toEqual({ line: 2, column: 1 });
    expect(source.locate(['indicators', 0, 'suffix'], 'value')).toEqual({ line: 6, column: 5 });
    expect(source.locate(['nothing'])).toEqual({ line: 1, column: 1 });
  });

  it('reports syntax errors with their place, one per line', () => {
    expect(parseYaml('title: a: b\n').problems).toEqual([
      { code: 'yaml-syntax', line: 1, column: 8, message: 'a value holding ": " must be put in quotes, e.g. title: "阶段总结: 制度建设年"' },
    ]);
    expect(parseYaml('a: 1\nb: 2\na: 3\n').problems).toEqual([{ code: 'yaml-syntax', line: 3, column: 1, message: 'the key "a" is given twice' }]);
    expect(parseYaml('a:\n\t- b\n').problems).toEqual([{ code: 'yaml-syntax', line: 2, column: 1, message: 'Tabs are not allowed as indentation' }]);
    expect(parseYaml('a: b\n---\nc: d\n').problems).toEqual([
      { code: 'yaml-syntax', line: 2, column: 1, message: 'a second --- line starts another document; remove it or quote the text' },
    ]);
  });

  it('turns alias errors, which only appear when converting, into problems instead of exceptions', () => {
    const source = parseYaml('a: &x 1\nb: *y\n');
    expect(source.data).toBeUndefined();
    expect(source.problems).toEqual([{ code: 'yaml-syntax', line: 2, column: 4, message: 'Unresolved alias (the anchor must be set before the alias): y' }]);
  });

  it('gives null for an empty document and a list for a list', () => {
    expect(parseYaml('').data).toBeNull();
    expect(parseYaml('- a\n- b\n').data).toEqual(['a', 'b']);
  });
});
