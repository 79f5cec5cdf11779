/**
 * CSV for Excel and WPS on Chinese Windows: UTF-8 with a BOM (without it both read the file as GBK
 * and garble the Chinese), CRLF line ends, RFC 4180 quoting, and cells that a spreadsheet would
 * run as a formula neutralised.
 */

export const BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

/** A cell that is just a decimal number is data, never a formula (this keeps −1.2 a number). */
const plainNumber = /^-?\d+(\.\d+)?$/;
/** What spreadsheets treat as the start of a formula (or hide a formula behind): = + - @ TAB CR. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Formula injection (CSV injection): a cell such as `=HYPERLINK(…)` or `@SUM(…)` runs in Excel. A
 * text cell starting with one of = + - @ TAB CR gets a leading single quote, which spreadsheets
 * show as text; plain numbers are left alone.
 */
export function neutralizeCell(text: string): string {
  if (plainNumber.test(text)) return text;
  return formulaStart.test(text) ? `'${text}` : text;
}

/** Quotes a cell when it holds a comma, a quote, CR or LF (quotes inside are doubled). */
export function quoteCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : cell;
  return quoteCell(neutralizeCell(text));
}

/** The whole file: BOM, one CRLF-terminated line per row. */
export function toCsv(rows: CsvCell[][]): string {
  return BOM + rows.map((row) => row.map(formatCell).join(',') + '\r\n').join('');
}

/** A number with a fixed count of decimals for a CSV cell (17 → "17.0" in a one-decimal stage). */
export function fixed(value: number | undefined, decimals: number): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const text = value.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text;
}
