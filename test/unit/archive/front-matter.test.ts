import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { setFrontMatterStatus } from '../../../src/archive/front-matter.ts';

const set = (text: string) => Buffer.from(setFrontMatterStatus(Buffer.from(text, 'utf8'), 'archived')).toString('utf8');

describe('setFrontMatterStatus', () => {
  it('replaces only the value, keeping comments, spacing and the body', () => {
    expect(set('---\ntitle: 甲\nstatus:   active  # 注释\norder: 1\n---\nstatus: active\n')).toBe('---\ntitle: 甲\nstatus:   archived  # 注释\norder: 1\n---\nstatus: active\n');
  });

  it('keeps quotes', () => {
    expect(set('---\nstatus: "active"\n---\n')).toBe('---\nstatus: "archived"\n---\n');
    expect(set("---\nstatus: 'planned'\n---\n")).toBe("---\nstatus: 'archived'\n---\n");
  });

  it('adds the key before the closing fence with the file’s line ending', () => {
    expect(set('---\ntitle: 甲\norder: 1\n---\n正文\n')).toBe('---\ntitle: 甲\norder: 1\nstatus: archived\n---\n正文\n');
    expect(set('---\r\ntitle: 甲\r\n---\r\n正文\r\n')).toBe('---\r\ntitle: 甲\r\nstatus: archived\r\n---\r\n正文\r\n');
  });

  it('leaves a file already archived byte-identical', () => {
    const text = '---\ntitle: 甲\nstatus: archived\n---\n';
    expect(set(text)).toBe(text);
  });

  it('keeps a BOM and a GB18030 encoding', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\ntitle: 甲\nstatus: active\n---\n')]);
    expect(Buffer.from(setFrontMatterStatus(bom, 'archived')).equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\ntitle: 甲\nstatus: archived\n---\n')]))).toBe(true);
    const gbk = iconv.encode('---\ntitle: 制度建设年\nstatus: active\n---\n考核情况\n', 'gb18030');
    expect(Buffer.from(setFrontMatterStatus(gbk, 'archived')).equals(iconv.encode('---\ntitle: 制度建设年\nstatus: archived\n---\n考核情况\n', 'gb18030'))).toBe(true);
  });

  it('refuses a file without front matter', () => {
    expect(() => set('# 标题\n')).toThrow(/no front matter/);
  });
});
