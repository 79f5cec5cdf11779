import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { frontMatterClosing, frontMatterOpening } from '../../../src/load/frontmatter.ts';
import { readYamlFast } from '../../../src/load/yaml-fast.ts';
import { parseYaml } from '../../../src/load/yaml.ts';

/** What the `yaml` package reads: its data, or null when it reports a problem. */
function readWithYamlPackage(text: string): { data: unknown } | null {
  const document = parseDocument(text, { uniqueKeys: true });
  return document.errors.length ? null : { data: document.toJS({ maxAliasCount: 1000 }) };
}

const root = join(import.meta.dirname, '../../..');

function yamlTexts(dir: string, out: { file: string; text: string }[] = []): { file: string; text: string }[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlTexts(path, out);
    else if (/\.ya?ml$/i.test(name)) out.push({ file: path, text: readFileSync(path, 'utf8') });
    else if (/\.(md|markdown)$/i.test(name)) {
      const text = readFileSync(path, 'utf8');
      const open = frontMatterOpening.exec(text);
      const close = open && frontMatterClosing.exec(text.slice(open[0].length));
      if (open && close) out.push({ file: path, text: text.slice(open[0].length, open[0].length + close.index) });
    }
  }
  return out;
}

describe('readYamlFast gives what the yaml package gives, or declines', () => {
  it('resolves plain scalars by the yaml package’s core schema, not js-yaml’s', () => {
    const scalars = ['0b11', '-0x1F', '+.5', '1e400', '-.inf', '.NaN', '0o17', '0x1F', '1_000', '012', '1.0', '+12', '-0',
      'True', 'TRUE', 'yes', 'off', 'NULL', '~', 'Null', '2011-01-18', '2011-01-18T10:00:00Z', '93.1%', '.5e3', '1.', '0.1.2'];
    for (const scalar of scalars) {
      const text = `value: ${scalar}\nlist: [${scalar}, "${scalar}"]\n`;
      expect(readYamlFast(text), scalar).toEqual(readWithYamlPackage(text));
    }
  });

  it('reads block and flow sequences, block scalars, quotes and comments alike', () => {
    const texts = [
      'title: 榜样\ntags:\n  - 综述\n  - "消息"\nunits: [u01, u02]\n',
      'summary: |\n  第一行\n  第二行\n\nnote: >-\n  折叠\n  的文字\n\n  新段\n',
      "k: 'it''s'\nd: \"tab\\tand \\u4e2d\"\n# comment\nx: v # trailing\n",
      'x:\n - a\n  - b\n',
      'title: 一个很长的\n  标题跨两行\n',
      '',
      '# only a comment\n',
      '- a\n- b\n',
      'a:\n  b:\n    c: 1\n',
      '2016: 年度\ntrue: 是\n1.50: x\n',
      'photo: { src: ./photos/a.svg, alt: 刘建国在值班室 }\nhighlights:\n  - { label: 连续值守, value: 8, suffix: 年 }\n',
      'a: { b: c:d, e: [1, 2], "f": \'g\' }\nh: [i: 1, j]\nk: {l, m}\nn: {\n  o: 1,\n  p: 2 }\n',
    ];
    for (const text of texts) {
      const fast = readYamlFast(text);
      expect(fast, text).toBeDefined();
      expect(fast, text).toEqual(readWithYamlPackage(text));
    }
  });

  it('declines what it could read differently: anchors, aliases, tags, directives, explicit and collection keys, null keys', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n', '? [a]\n: 1\n', '[a]: 1\n', 'a: { [b]: 1 }\n', '~: 1\n', ': 1\n', 'null: 1\n', '- null: 1\n', 'a: { ~: 1 }\n', 'a: {b: 1, : 2}\n']) {
      expect(readYamlFast(text), text).toBeUndefined();
    }
  });

  it('declines whatever the yaml package rejects', () => {
    const rejected = ['title: a: b\n', 'a: 1\nb: 2\na: 3\n', 'a:\n\t- b\n', 'a: b\n---\nc: d\n', 'title: x\n标题\n', 'k: [a, b\n',
      'key: "a\\qb"\n', 'a:\n  b: 1\n c: 2\n', 'a: "unclosed\n'];
    for (const text of rejected) {
      expect(readWithYamlPackage(text), text).toBeNull();
      expect(readYamlFast(text), text).toBeUndefined();
    }
  });

  it('agrees with the yaml package on every YAML file and front matter of the sample and the fixtures', () => {
    const texts = [...yamlTexts(join(root, 'content')), ...yamlTexts(join(root, 'test/fixtures'))];
    expect(texts.length).toBeGreaterThan(100);
    let read = 0;
    for (const { file, text } of texts) {
      const fast = readYamlFast(text);
      if (!fast) continue;
      read++;
      expect(fast, file).toEqual(readWithYamlPackage(text));
    }
    // most of them take the fast path, or this test would prove little
    expect(read / texts.length).toBeGreaterThan(0.9);
  });
});

describe('parseYaml after a fast reading', () => {
  it('still finds the line and column of a key when a problem asks', () => {
    const source = parseYaml('\n\ntitle: 榜样\nunits:\n  - u01\n  - u02\n');
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ title: '榜样', units: ['u01', 'u02'] });
    expect(source.locate(['units', 1], 'value')).toEqual({ line: 6, column: 5 });
    expect(source.locate(['title'])).toEqual({ line: 3, column: 1 });
  });
});
