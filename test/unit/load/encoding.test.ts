import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/load/encoding.ts';

const text = '单位,目标责任落实\r\n秘书一处,27.5\r\n';
const bytes = (...parts: (string | number[] | Buffer)[]) =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part)))));

describe('decodeText reads what editors and Excel save, with no setting', () => {
  it('reads UTF-8, UTF-8 with BOM and GB18030 to the same text', () => {
    expect(decodeText(bytes(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], text))).toEqual({ ok: true, text, encoding: 'utf-8-bom' });
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gb18030')))).toEqual({ ok: true, text, encoding: 'gb18030' });
  });

  it('reads GB18030 four-byte characters and GBK-only files', () => {
    const rare = '𠀀㐀€'; // outside GBK: four-byte GB18030 sequences
    expect(decodeText(new Uint8Array(iconv.encode(rare, 'gb18030')))).toMatchObject({ ok: true, text: rare });
    expect(decodeText(new Uint8Array(iconv.encode('政策研究室', 'gbk')))).toMatchObject({ ok: true, text: '政策研究室', encoding: 'gb18030' });
  });

  it('rejects UTF-16 by its BOM, and by its NUL bytes without one', () => {
    expect(decodeText(bytes([0xff, 0xfe], Buffer.from('unit', 'utf16le')))).toMatchObject({ ok: false, line: 1, column: 1, message: expect.stringContaining('UTF-16') });
    expect(decodeText(bytes([0xfe, 0xff], [0, 0x75]))).toMatchObject({ ok: false, line: 1, column: 1 });
    expect(decodeText(bytes(Buffer.from('a\nunit', 'utf16le')))).toMatchObject({ ok: false, line: 1, column: 2, message: expect.stringContaining('NUL') });
  });

  it('points at the first undecodable byte', () => {
    expect(decodeText(bytes('unit,target\nmishu1,2', [0xff], '0\n'))).toEqual({
      ok: false,
      line: 2,
      column: 9,
      message: 'bytes that are neither UTF-8 nor GB18030 text; re-save the file as UTF-8',
    });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'ab\ncd', [0xc3]))).toMatchObject({ ok: false, line: 2, column: 3 });
  });

  it('treats a UTF-8 file with one broken byte as damaged UTF-8, not as GB18030', () => {
    const result = decodeText(bytes('标题：制度建设年\n单位：秘书一处\n', [0xe5, 0x88], '\n'));
    expect(result).toEqual({ ok: false, line: 3, column: 1, message: 'bytes that are not valid UTF-8 text; re-save the file as UTF-8' });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
