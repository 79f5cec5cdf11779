import type { Position, SyntaxProblem } from './position.ts';

/** One CSV record with the physical place of each of its cells. */
export interface CsvRecord {
  cells: string[];
  /** Where each cell starts (its opening quote, for a quoted cell); same length as `cells`. */
  at: Position[];
  /** The physical line the record starts on. */
  line: number;
}

export interface CsvSource {
  header: CsvRecord | undefined;
  records: CsvRecord[];
  problems: SyntaxProblem[];
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Read a decoded CSV text (RFC 4180 as Excel and WPS write it: CRLF or LF, `"` quoting with `""`
 * escapes, line breaks inside quoted cells). A small scanner of our own rather than csv-parse:
 * csv-parse reports only the line a record ended on (and miscounts around CRLF and blank lines),
 * while every problem here must point at the exact line and column of its cell.
 *
 * Lenient where Excel is (a stray `"` inside an unquoted cell is kept as text); ragged rows are
 * kept for the caller's rules, so one bad row never hides the others. Rows whose cells are all
 * blank (Excel's trailing `,,,,` lines) are skipped.
 */
export function parseCsv(text: string): CsvSource {
  const problems: SyntaxProblem[] = [];
  const rows: CsvRecord[] = [];
  const length = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  let record: CsvRecord | undefined;

  while (i < length) {
    const at: Position = { line, column: i - lineStart + 1 };
    if (!record) record = { cells: [], at: [], line };
    let cell: string;
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted cell: runs to the quote not followed by another quote; may span lines.
      let value = '';
      let from = ++i;
      let closed = false;
      while (i < length) {
        const code = text.charCodeAt(i);
        if (code === QUOTE) {
          value += text.slice(from, i);
          if (text.charCodeAt(i + 1) === QUOTE) {
            value += '"';
            i += 2;
            from = i;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) {
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      if (!closed) {
        value += text.slice(from, i);
        problems.push({ code: 'csv-syntax', ...at, message: 'a quoted cell starts here but its closing quote is missing' });
      }
      // Text between the closing quote and the next comma: Excel never writes it, so say so.
      const rest = i;
      while (i < length && !isCellEnd(text.charCodeAt(i))) i++;
      if (i > rest) {
        problems.push({ code: 'csv-syntax', line, column: rest - lineStart + 1, message: `unexpected text "${text.slice(rest, i)}" after the closing quote of a cell` });
        value += text.slice(rest, i);
      }
      cell = value;
    } else {
      const from = i;
      while (i < length && !isCellEnd(text.charCodeAt(i))) i++;
      cell = text.slice(from, i);
    }
    record.cells.push(cell);
    record.at.push(at);

    const code = text.charCodeAt(i);
    if (code === COMMA) {
      i++;
      // A comma at the very end of the text still opens one last, empty cell.
      if (i === length) {
        record.cells.push('');
        record.at.push({ line, column: i - lineStart + 1 });
      }
      continue;
    }
    // End of record (line break or end of text).
    if (code === CR && text.charCodeAt(i + 1) === LF) i += 2;
    else if (i < length) i++;
    line++;
    lineStart = i;
    rows.push(record);
    record = undefined;
  }
  if (record) rows.push(record);

  const records = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = records;
  return { header, records: body, problems };
}

function isCellEnd(code: number): boolean {
  return code === COMMA || code === LF || code === CR;
}
