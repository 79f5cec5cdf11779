import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../../src/load/frontmatter.ts';

const lf = '---\ntitle: 标题\nunits:\n  - mishu1\n  - ducha\ndraft: true\n---\n\n## 正文\n';
const crlf = lf.replace(/\n/g, '\r\n');

describe('parseMarkdownFile splits front matter and keeps file line numbers', () => {
  it('gives YAML positions as lines of the file, for LF and CRLF alike', () => {
    for (const text of [lf, crlf]) {
      const source = parseMarkdownFile(text);
      expect(source.hasFrontMatter).toBe(true);
      // CRLF leaves no "\r" on the last value: draft is the boolean true, not the text "true\r".
      expect(source.data).toEqual({ title: '标题', units: ['mishu1', 'ducha'], draft: true });
      expect(source.locate(['title'], 'value')).toEqual({ line: 2, column: 8 });
      expect(source.locate(['units', 1], 'value')).toEqual({ line: 5, column: 5 });
      expect(source.locate(['draft'])).toEqual({ line: 6, column: 1 });
      expect(source.bodyLine).toBe(8);
      expect(source.body.split(/\r?\n/)[1]).toBe('## 正文');
    }
  });

  it('allows blank lines before the opening --- as Astro does, and counts them', () => {
    const source = parseMarkdownFile('\n\n---\ntitle: 标题\n---\n正文\n');
    expect(source.data).toEqual({ title: '标题' });
    expect(source.locate(['title'])).toEqual({ line: 4, column: 1 });
    expect(source.bodyLine).toBe(6);
    expect(source.body).toBe('正文\n');
  });

  it('treats an empty block as front matter with no keys', () => {
    expect(parseMarkdownFile('---\n---\n正文')).toMatchObject({ hasFrontMatter: true, data: {}, body: '正文', bodyLine: 3 });
  });

  it('knows a file without front matter, and an empty file', () => {
    expect(parseMarkdownFile('# 标题\n\n正文\n')).toMatchObject({ hasFrontMatter: false, bodyLine: 1, body: '# 标题\n\n正文\n' });
    expect(parseMarkdownFile('')).toMatchObject({ hasFrontMatter: false, problems: [] });
  });

  it('reports a block that is never closed at its opening line', () => {
    expect(parseMarkdownFile('\n---\ntitle: 标题\n\n正文\n').problems).toEqual([
      { code: 'yaml-syntax', line: 2, column: 1, message: 'the front matter opened by this --- line is never closed by another --- line' },
    ]);
  });

  it('reports YAML errors at file positions and gives no data then', () => {
    const source = parseMarkdownFile('---\ntitle: 标题\ndate: [2011\n---\n');
    expect(source.data).toBeUndefined();
    expect(source.problems[0]).toMatchObject({ code: 'yaml-syntax', line: 4 });
  });

  it('ends the body at the end of the file when the closing --- is the last line', () => {
    expect(parseMarkdownFile('---\ntitle: 标题\n---')).toMatchObject({ data: { title: '标题' }, body: '', bodyLine: 3 });
  });
});
