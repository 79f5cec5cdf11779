import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/load/csv.ts';

const cellsAt = (text: string) => {
  const { header, records } = parseCsv(text);
  return [header, ...records].map((record) => record?.cells.map((cell, i) => `${cell}@${record.at[i].line}:${record.at[i].column}`));
};

describe('parseCsv keeps the physical line and column of every cell', () => {
  it('counts LF and CRLF lines alike', () => {
    const expected = [['unit@1:1', 'target@1:6'], ['mishu1@2:1', '27.5@2:8'], ['ducha@3:1', '26@3:7']];
    expect(cellsAt('unit,target\nmishu1,27.5\nducha,26\n')).toEqual(expected);
    expect(cellsAt('unit,target\r\nmishu1,27.5\r\nducha,26\r\n')).toEqual(expected);
    expect(cellsAt('unit,target\r\nmishu1,27.5\r\nducha,26')).toEqual(expected);
  });

  it('reads quoted cells with commas, doubled quotes and line breaks, and keeps counting lines after them', () => {
    const text = 'unit,note,target\r\nmishu1,"制度汇编, 第一册",20\r\nducha,"说“好”用""引号""",21\r\nxinxi,"两行\r\n的备注",22\r\nzonghe,,23\r\n';
    const { header, records } = parseCsv(text);
    expect(header?.cells).toEqual(['unit', 'note', 'target']);
    expect(records.map((r) => r.cells)).toEqual([
      ['mishu1', '制度汇编, 第一册', '20'],
      ['ducha', '说“好”用"引号"', '21'],
      ['xinxi', '两行\r\n的备注', '22'],
      ['zonghe', '', '23'],
    ]);
    expect(records.map((r) => [r.line, ...r.at.map((at) => `${at.line}:${at.column}`)])).toEqual([
      [2, '2:1', '2:8', '2:20'],
      [3, '3:1', '3:7', '3:21'],
      [4, '4:1', '4:7', '5:6'],
      [6, '6:1', '6:8', '6:9'],
    ]);
  });

  it('skips blank lines and rows of empty cells but keeps their line numbers', () => {
    expect(cellsAt('\nunit,target\n\n,,\n  \nmishu1,20\n')).toEqual([['unit@2:1', 'target@2:6'], ['mishu1@6:1', '20@6:8']]);
  });

  it('keeps ragged rows as they are for the rules to report', () => {
    expect(cellsAt('a,b,c\n1,2\n1,2,3,4\n1,2,\n')).toEqual([
      ['a@1:1', 'b@1:3', 'c@1:5'],
      ['1@2:1', '2@2:3'],
      ['1@3:1', '2@3:3', '3@3:5', '4@3:7'],
      ['1@4:1', '2@4:3', '@4:5'],
    ]);
  });

  it('drops a BOM left in the text and counts columns in characters, not bytes', () => {
    expect(cellsAt('\uFEFF单位,目标责任落实\n秘书一处,27.5\n')).toEqual([['单位@1:1', '目标责任落实@1:4'], ['秘书一处@2:1', '27.5@2:6']]);
  });

  it('reports an unclosed quote where the quoted cell starts, and text after a closing quote', () => {
    expect(parseCsv('unit,note\nmishu1,"没有结束\nducha,1\n').problems).toEqual([
      { code: 'csv-syntax', line: 2, column: 8, message: 'a quoted cell starts here but its closing quote is missing' },
    ]);
    const { records, problems } = parseCsv('unit,note\nmishu1,"引号"之后\n');
    expect(records[0].cells).toEqual(['mishu1', '引号之后']);
    expect(problems).toEqual([{ code: 'csv-syntax', line: 2, column: 12, message: 'unexpected text "之后" after the closing quote of a cell' }]);
  });

  it('keeps a stray quote inside an unquoted cell as text, as Excel does', () => {
    expect(parseCsv('a,b\n5"寸,x\n').records[0].cells).toEqual(['5"寸', 'x']);
  });

  it('returns no header for an empty or blank text', () => {
    expect(parseCsv('')).toEqual({ header: undefined, records: [], problems: [] });
    expect(parseCsv('\r\n\r\n')).toEqual({ header: undefined, records: [], problems: [] });
  });
});
