import { parse } from 'csv-parse/sync';
import type { Position, SyntaxProblem } from './position.ts';

/** One CSV record with the physical place of each of its cells. */
export interface CsvRecord {
  cells: string[];
  /** Where each cell starts; same length as `cells`. */
  at: Position[];
  line: number;
}

export interface CsvSource {
  header: CsvRecord | undefined;
  records: CsvRecord[];
  problems: SyntaxProblem[];
}

/**
 * Read a decoded CSV text with csv-parse. Ragged rows are kept (and reported by the caller's rules)
 * rather than thrown, so one bad row does not hide the others.
 */
export function parseCsv(text: string): CsvSource {
  let rows: { record: string[]; info: { lines: number; raw?: string } }[];
  try {
    rows = parse(text, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as typeof rows;
  } catch (error) {
    const err = error as { message: string; lines?: number; code?: string };
    const line = err.lines ?? 1;
    return { header: undefined, records: [], problems: [{ code: 'csv-syntax', line, column: 1, message: firstSentence(err.message) }] };
  }
  const records = rows
    .map(({ record, info }) => locateCells(record, info.raw ?? '', info.lines))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = records;
  return { header, records: body, problems: [] };
}

/**
 * csv-parse reports the line on which a record ended; cell columns come from walking the raw record
 * text (quote-aware), which csv-parse already validated, so this never disagrees with the parse.
 */
function locateCells(cells: string[], raw: string, endLine: number): CsvRecord {
  const rawBody = raw.replace(/\r?\n$/, '');
  const line = endLine - (rawBody.match(/\n/g)?.length ?? 0);
  const at: Position[] = [];
  let offset = 0;
  let currentLine = line;
  let lineStart = 0;
  for (let i = 0; i < cells.length; i++) {
    at.push({ line: currentLine, column: offset - lineStart + 1 });
    if (rawBody[offset] === '"') {
      offset++;
      while (offset < rawBody.length) {
        if (rawBody[offset] === '"' && rawBody[offset + 1] === '"') offset += 2;
        else if (rawBody[offset] === '"') { offset++; break; }
        else {
          if (rawBody[offset] === '\n') { currentLine++; lineStart = offset + 1; }
          offset++;
        }
      }
    }
    while (offset < rawBody.length && rawBody[offset] !== ',') offset++;
    offset++;
  }
  return { cells, at, line };
}

function firstSentence(message: string): string {
  return message.replace(/^Invalid Record Length: /, '').split(/\. |\n/)[0];
}
