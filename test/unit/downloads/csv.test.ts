import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, fixed, formatCell, neutralizeCell, quoteCell, toCsv } from '../../../src/downloads/csv.ts';

describe('CSV for Excel and WPS', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = toCsv([['名次', '单位'], [1, '督查室']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe('\uFEFF名次,单位\r\n1,督查室\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes commas, quotes and line breaks (quotes doubled)', () => {
    expect(quoteCell('甲,乙')).toBe('"甲,乙"');
    expect(quoteCell('他说"好"')).toBe('"他说""好"""');
    expect(quoteCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(quoteCell('第一行\r\n第二行')).toBe('"第一行\r\n第二行"');
    expect(quoteCell('普通')).toBe('普通');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutralizeCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(neutralizeCell('=HYPERLINK("http://x","点我")')).toBe(`'=HYPERLINK("http://x","点我")`);
    expect(neutralizeCell('-1+2')).toBe("'-1+2");
    expect(neutralizeCell('+戊处')).toBe("'+戊处");
    expect(neutralizeCell('督查室=第一')).toBe('督查室=第一');
  });

  it('leaves plain numbers alone, negative ones included', () => {
    expect(neutralizeCell('-1.5')).toBe('-1.5');
    expect(neutralizeCell('93.5')).toBe('93.5');
    expect(formatCell(-2)).toBe('-2');
    expect(formatCell(null)).toBe('');
    expect(formatCell(undefined)).toBe('');
    expect(formatCell(Number.NaN)).toBe('');
  });

  it('neutralises before quoting, so a formula with a comma stays one quoted cell', () => {
    expect(formatCell('=1,2')).toBe(`"'=1,2"`);
    expect(formatCell('\r\n=x')).toBe(`"'\r\n=x"`);
  });

  it('parses back to the same cells', () => {
    const rows = [['单位', '备注'], ['=危险', '含,逗号'], ['"引号"', '多\r\n行'], ['@x', ''], ['-1.5', '\t制表']];
    const parsed = parse(toCsv(rows), { bom: true, relax_column_count: false }) as string[][];
    expect(parsed).toEqual([['单位', '备注'], ["'=危险", '含,逗号'], ['"引号"', '多\r\n行'], ["'@x", ''], ['-1.5', "'\t制表"]]);
  });

  it('fixes decimals for number cells', () => {
    expect(fixed(17, 1)).toBe('17.0');
    expect(fixed(93.25, 2)).toBe('93.25');
    expect(fixed(-0.04, 1)).toBe('0.0');
    expect(fixed(undefined, 1)).toBe('');
  });
});
