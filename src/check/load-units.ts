import { loadCsvFile } from '../load/files.ts';
import type { Position } from '../load/position.ts';
import { displayPath } from '../load/tree.ts';
import { unitColumns, unitSchema } from '../model/units.ts';
import type { UnitRow } from './content.ts';
import { raggedAt, raggedMessage } from './csv-rows.ts';
import { parseEntry } from './parse.ts';
import type { Report } from './report.ts';
import { didYouMean } from './suggest.ts';

/** `units.csv`: header `id,name` plus optional `parent` and `kind`; each row validated by the unit schema. */
export function loadUnits(path: string | undefined, report: Report): UnitRow[] {
  if (!path) return [];
  const file = displayPath(path);
  const csv = loadCsvFile(path);
  for (const p of csv.problems) report.error(file, p, p.code, p.message);
  if (csv.problems.length) return [];
  if (!csv.header) {
    report.error(file, { line: 1, column: 1 }, 'missing-key', 'the file is empty; expected a header row "id,name,parent,kind" and one row per unit');
    return [];
  }
  const header = csv.header.cells.map((cell) => cell.trim());
  const known: readonly string[] = unitColumns;
  let headerOk = true;
  header.forEach((cell, i) => {
    const at = csv.header!.at[i];
    // Excel leaves a header-less column behind when a stray cell was once typed there; harmless if empty.
    if (cell === '') {
      if (csv.records.every((record) => (record.cells[i] ?? '').trim() === '')) return;
      report.error(file, at, 'unknown-key', `column ${i + 1} has no header but holds values (expected ${known.join(', ')})`);
      headerOk = false;
    } else if (header.indexOf(cell) !== i) {
      report.error(file, at, 'duplicate-column', `column "${cell}" repeats column ${header.indexOf(cell) + 1}`);
      headerOk = false;
    } else if (!known.includes(cell)) {
      report.error(file, at, 'unknown-key', `unknown column "${cell}"${didYouMean(cell, known) || ` (expected ${known.join(', ')})`}`);
      headerOk = false;
    }
  });
  for (const required of ['id', 'name']) {
    if (header.includes(required)) continue;
    report.error(file, csv.header.at[0], 'missing-key', `missing required column "${required}"`);
    headerOk = false;
  }
  if (!headerOk) return [];
  const rows: UnitRow[] = [];
  for (const record of csv.records) {
    if (record.cells.length !== header.length) {
      report.error(file, raggedAt(record, header.length), 'csv-ragged-row', raggedMessage(record, header.length));
      continue;
    }
    const raw: Record<string, string> = {};
    const at: Record<string, Position> = {};
    header.forEach((key, i) => {
      if (key === '') return;
      raw[key] = record.cells[i];
      at[key] = record.at[i];
    });
    const data = parseEntry(unitSchema, raw, { file, locate: (p) => at[String(p[0])] ?? record.at[0] }, report);
    if (data) rows.push({ ...data, at, line: record.line });
  }
  return rows;
}
