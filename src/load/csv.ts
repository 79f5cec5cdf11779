import { CsvError, parse } from 'csv-parse/sync';
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

/**
 * Read a decoded CSV text with csv-parse (RFC 4180 as Excel and WPS write it). csv-parse tells the
 * values and each record's raw text but not where cells start, so positions are recovered from the
 * raw text, which is an exact slice of the input: find it after the previous record, then step over
 * its cells. Ragged rows are kept for the caller's rules; rows of blank cells are skipped; a stray
 * `"` inside an unquoted cell is text, as in Excel.
 */
export function parseCsv(input: string): CsvSource {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const problems: SyntaxProblem[] = [];
  let rows: { record: string[]; raw: string }[] = [];
  try {
    rows = parse(text, { raw: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as unknown as { record: string[]; raw: string }[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    problems.push(syntaxProblem(text, error));
    return { header: undefined, records: [], problems };
  }
  const lines = new LineIndex(text);
  const records: CsvRecord[] = [];
  let cursor = 0;
  for (const { record, raw } of rows) {
    const found = text.indexOf(raw, cursor);
    cursor = found + raw.length;
    if (record.every((cell) => cell.trim() === '')) continue;
    // With skip_empty_lines the raw text of a record begins with the blank lines skipped before it.
    const lead = /^[\r\n]*/.exec(raw)![0].length;
    records.push(locateCells(record, raw.slice(lead), found + lead, lines, problems));
  }
  const [header, ...body] = records;
  return { header, records: body, problems };
}

/**
 * Where each cell of a record starts: walk its raw text (already split by csv-parse). A quoted
 * cell followed by more text (`"引号"之后`) is one csv-parse keeps verbatim under relax_quotes;
 * Excel never writes it, so it is reported, and read as Excel would show it.
 */
function locateCells(cells: string[], raw: string, start: number, lines: LineIndex, problems: SyntaxProblem[]): CsvRecord {
  const at: Position[] = [];
  let offset = 0;
  for (let i = 0; i < cells.length; i++) {
    at.push(lines.positionOf(start + offset));
    let quotedEnd = -1;
    if (raw[offset] === '"') {
      offset++;
      while (offset < raw.length && !(raw[offset] === '"' && raw[offset + 1] !== '"')) offset += raw[offset] === '"' ? 2 : 1;
      offset++;
      quotedEnd = offset;
    }
    while (offset < raw.length && raw[offset] !== ',' && raw[offset] !== '\n' && raw[offset] !== '\r') offset++;
    if (quotedEnd !== -1 && offset > quotedEnd) {
      const rest = raw.slice(quotedEnd, offset);
      problems.push({ code: 'csv-syntax', ...lines.positionOf(start + quotedEnd), message: `unexpected text "${rest}" after the closing quote of a cell` });
      cells[i] = cells[i].startsWith('"') ? cells[i].replace(/^"((?:[^"]|"")*)"/, (_m, inner: string) => inner.replace(/""/g, '"')) : cells[i];
    }
    offset++;
  }
  return { cells, at, line: at[0].line };
}

/** csv-parse stops at a quoting error; point at the cell that caused it. */
function syntaxProblem(text: string, error: CsvError): SyntaxProblem {
  const lines = new LineIndex(text);
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const opening = [...text.matchAll(/(^|[,\n])"/g)].at(-1);
    const at = opening ? lines.positionOf(opening.index + opening[1].length) : { line: 1, column: 1 };
    return { code: 'csv-syntax', ...at, message: 'a quoted cell starts here but its closing quote is missing' };
  }
  const line = Math.max(1, Number((error as CsvError & { lines?: number }).lines ?? 1));
  return { code: 'csv-syntax', line, column: 1, message: error.message.replace(/^Invalid Closing Quote: /, '').split(/\. |\n/)[0] };
}

class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  positionOf(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
}
