import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/index.ts';
import { problemLines, removeTree, scoringYml, siteYml, writeTree } from './helpers.ts';

/**
 * Files in the encodings Excel and Notepad produce are generated here rather than committed, so the
 * exact bytes are visible in the test and no editor or git setting can silently re-encode them.
 */
const gb18030 = (text: string) => new Uint8Array(iconv.encode(text, 'gb18030'));
const utf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
const utf16le = (text: string, bom: boolean) => new Uint8Array([...(bom ? [0xff, 0xfe] : []), ...Buffer.from(text, 'utf16le')]);
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

const units = 'id,name,parent,kind\nbgt,市政府办公厅,,机关\nmishu1,秘书一处,bgt,处室\nducha,督查室,bgt,处室\n';
const scores = crlf('单位,目标责任落实,运行跟踪监控,绩效评估评价,绩效结果运用,备注\n秘书一处,27.5,21.4,19.8,16.8,按期完成\n督查室,26,22,21,17,\n');
const stage = '---\ntitle: 制度建设年\norder: 1\n---\n';

const trees: string[] = [];
afterAll(() => trees.forEach(removeTree));

function tree(files: Record<string, string | Uint8Array>): string {
  const dir = writeTree({ 'site.yml': siteYml, 'scoring.yml': scoringYml, 'units.csv': units, 'stages/2009-zhidu.md': stage, ...files });
  trees.push(dir);
  return dir;
}

describe('encodings: UTF-8 with or without BOM and GB18030 read without any setting', () => {
  it('reads GB18030 + CRLF scores, units and site settings with Chinese headers and names', () => {
    const dir = tree({
      'site.yml': gb18030(crlf('title: 榜样——国标编码站点\norganization: 中原市人民政府办公厅\n')),
      'units.csv': gb18030(crlf(units)),
      'scores/2009-zhidu.csv': gb18030(scores),
    });
    const { problems, content } = checkContent(dir);
    expect(problems).toEqual([]);
    expect(content.site?.title).toBe('榜样——国标编码站点');
    expect(content.units.map((u) => u.name)).toEqual(['市政府办公厅', '秘书一处', '督查室']);
    expect(content.scores[0].rows.map((row) => [row.unit, row.note])).toEqual([['mishu1', '按期完成'], ['ducha', undefined]]);
  });

  it('reads UTF-8 with a BOM', () => {
    const dir = tree({ 'units.csv': utf8Bom(units), 'scores/2009-zhidu.csv': utf8Bom(scores) });
    expect(problemLines(dir)).toEqual([]);
  });

  it('rejects UTF-16 with a BOM (Excel "Unicode text") and without one', () => {
    const dir = tree({ 'scores/2009-zhidu.csv': utf16le(scores, true), 'units.csv': utf16le(units, false) });
    expect(problemLines(dir)).toEqual([
      'scores/2009-zhidu.csv:1:1 error[encoding] the file is saved as UTF-16; save it as UTF-8 or GB18030 (in Excel: CSV UTF-8)',
      'units.csv:1:2 error[encoding] the file holds NUL bytes: it is UTF-16 or not a text file; save it as UTF-8',
    ]);
  });

  it('points at bytes that are neither UTF-8 nor GB18030', () => {
    const broken = Buffer.concat([Buffer.from('unit,target,tracking,evaluation,application\nmishu1,20,20,20,20\nducha,2'), Buffer.from([0xff]), Buffer.from('0,20,20,20\n')]);
    const dir = tree({ 'scores/2009-zhidu.csv': new Uint8Array(broken) });
    expect(problemLines(dir)).toEqual([
      'scores/2009-zhidu.csv:3:8 error[encoding] bytes that are neither UTF-8 nor GB18030 text; re-save the file as UTF-8',
    ]);
  });

  it('reports a damaged byte in a UTF-8 file as UTF-8, not as GB18030 mojibake', () => {
    const text = Buffer.from(scores.replace('按期完成', '按期完成，制度汇编印发全厅'), 'utf8');
    const damaged = Buffer.concat([text.subarray(0, text.indexOf('督查室')), Buffer.from([0xe7, 0x9b]), text.subarray(text.indexOf('督查室'))]);
    const dir = tree({ 'scores/2009-zhidu.csv': new Uint8Array(damaged) });
    expect(problemLines(dir)).toEqual([
      'scores/2009-zhidu.csv:3:1 error[encoding] bytes that are not valid UTF-8 text; re-save the file as UTF-8',
    ]);
  });

  it('rejects a UTF-8-BOM file with invalid bytes after the BOM', () => {
    const dir = tree({ 'scores/2009-zhidu.csv': new Uint8Array([...utf8Bom('unit,target\n'), 0xc3, 0x28]) });
    expect(problemLines(dir)).toEqual([
      'scores/2009-zhidu.csv:2:1 error[encoding] bytes that are not valid UTF-8 text; re-save the file as UTF-8',
    ]);
  });

  it('rejects GB18030 Markdown, which the site build reads as UTF-8', () => {
    const dir = tree({ 'reports/gbk.md': gb18030('---\ntitle: 国标编码的报道\ndate: 2011-01-18\n---\n正文。\n') });
    expect(problemLines(dir)).toEqual([
      'reports/gbk.md:1:1 error[encoding] the file is saved as GB18030/GBK; save Markdown files as UTF-8',
    ]);
  });

  it('accepts UTF-8-BOM + CRLF Markdown with its lines counted right', () => {
    const dir = tree({ 'reports/bom.md': utf8Bom(crlf('---\ntitle: 带签名的报道\ndate: 2011-01-18\nunits: [秘书一处, mishu9]\n---\n\n![缺](missing.png)\n')) });
    expect(problemLines(dir)).toEqual([
      'reports/bom.md:4:15 error[unknown-unit] unknown unit "mishu9" (did you mean "mishu1"?)',
      'reports/bom.md:7:6 error[missing-image] image "missing.png" does not exist (looked for reports/missing.png)',
    ]);
  });
});
