import type { CsvRecord } from '../../load/csv.ts';
import { loadCsvFile } from '../../load/files.ts';
import { displayPath } from '../../load/tree.ts';
import { stageIdOfScoresFile } from '../../model/ids.ts';
import { noteHeaders, scoreRowSchema, unitHeaders, type Scoring } from '../../model/index.ts';
import type { CheckedContent, ScoreRowAt, StageScores } from '../content.ts';
import { raggedAt, raggedMessage } from '../csv-rows.ts';
import { parseEntry } from '../parse.ts';
import type { Report } from '../report.ts';
import { didYouMean } from '../suggest.ts';

/**
 * Read `scores/<stage>.csv` files: map headers (indicator id or Chinese name) to indicator ids,
 * validate every cell against the scoring scheme, resolve units by id or name.
 */
export function loadScores(paths: string[], content: CheckedContent, report: Report): StageScores[] {
  const result: StageScores[] = [];
  const stageIds = new Set(content.stages.map((s) => s.id));
  const unitCandidates = content.units.flatMap((u) => [u.id, u.name]);
  for (const path of paths) {
    const file = displayPath(path);
    const stage = stageIdOfScoresFile(path);
    const csv = loadCsvFile(path);
    for (const p of csv.problems) report.error(file, p, p.code, p.message);
    if (!stageIds.has(stage)) {
      const hint = didYouMean(stage, stageIds) || (stageIds.size && stageIds.size <= 8 ? ` (expected one of ${[...stageIds].join(', ')})` : '');
      report.error(file, { line: 1, column: 1 }, 'scores-unknown-stage', `no stage "${stage}" for this scores file: it must be named after a stage in stages/${hint}`);
    }
    const scoring = content.scoring;
    if (csv.problems.length || !scoring) continue;
    if (!csv.header) {
      const columns = ['unit', ...scoring.indicators.map((i) => i.id)].join(',');
      report.error(file, { line: 1, column: 1 }, 'scores-unit-column', `the file is empty; expected a header row "${columns}" and one row per unit`);
      continue;
    }
    const columns = mapColumns(csv.header, csv.records, scoring, file, report);
    if (!columns) continue;

    const schema = scoreRowSchema(scoring);
    const rows: ScoreRowAt[] = [];
    const firstLine = new Map<string, number>();
    const width = csv.header.cells.length;
    for (const record of csv.records) {
      if (record.cells.length !== width) {
        report.error(file, raggedAt(record, width), 'csv-ragged-row', raggedMessage(record, width));
        continue;
      }
      const raw: Record<string, string> = {};
      const at: ScoreRowAt['at'] = {};
      columns.forEach((key, i) => {
        if (!key) return;
        raw[key] = record.cells[i];
        at[key] = record.at[i];
      });
      if (raw.note !== undefined && raw.note.trim() === '') delete raw.note;
      const parsed = parseEntry(schema, raw, { file, locate: (p) => at[String(p[0])] ?? record.at[0] }, report);
      const unitRef = (raw.unit ?? '').trim();
      const unit = content.resolveUnit(unitRef);
      if (unitRef && !unit) {
        report.error(file, at.unit, 'unknown-unit', `unknown unit "${unitRef}"${didYouMean(unitRef, unitCandidates)}`);
      }
      if (unit && firstLine.has(unit)) {
        report.error(file, at.unit, 'scores-duplicate-unit', `unit "${unitRef}" is already scored on line ${firstLine.get(unit)}`);
        continue;
      }
      if (unit) firstLine.set(unit, record.line);
      if (!parsed || !unit) continue;
      const { unit: _unit, note, ...scores } = parsed as Record<string, unknown>;
      rows.push({ unit, scores: scores as Record<string, number>, note: note as string | undefined, line: record.line, at });
    }
    result.push({ stage, file, path, rows });
  }
  return result;
}

/**
 * Header cells to row keys: `unit`, `note` or an indicator id; undefined for a column to skip.
 * Returns undefined when the header is wrong, because then no row can be read with confidence.
 */
function mapColumns(header: CsvRecord, records: CsvRecord[], scoring: Scoring, file: string, report: Report): (string | undefined)[] | undefined {
  const columns: (string | undefined)[] = [];
  const seen = new Map<string, number>();
  let ok = true;
  const fail = (...args: Parameters<Report['error']>) => {
    report.error(...args);
    ok = false;
  };
  header.cells.forEach((raw, i) => {
    const cell = raw.trim();
    let key: string | undefined;
    if (i === 0) {
      if ((unitHeaders as readonly string[]).includes(cell)) key = 'unit';
      else fail(file, header.at[i], 'scores-unit-column', `the first column is "${cell}", expected "unit" or "单位"`);
    } else if ((noteHeaders as readonly string[]).includes(cell)) key = 'note';
    else if (cell === '') {
      // Excel leaves a header-less column behind when a stray cell was once typed there.
      if (records.some((record) => (record.cells[i] ?? '').trim() !== '')) {
        fail(file, header.at[i], 'scores-unknown-column', `column ${i + 1} has no header but holds values`);
      }
    } else {
      key = scoring.indicators.find((ind) => ind.id === cell || ind.name === cell)?.id;
      if (!key) {
        const names = scoring.indicators.flatMap((ind) => [ind.id, ind.name]);
        const hint = didYouMean(cell, names) || ' (expected an indicator id or name from scoring.yml, or note/备注)';
        fail(file, header.at[i], 'scores-unknown-column', `unknown column "${cell}"${hint}`);
      }
    }
    if (key && seen.has(key)) {
      fail(file, header.at[i], 'scores-duplicate-column', `column "${cell}" repeats column ${seen.get(key)! + 1}`);
      key = undefined;
    } else if (key) seen.set(key, i);
    columns.push(key);
  });
  for (const indicator of scoring.indicators) {
    if (!seen.has(indicator.id)) fail(file, header.at[0], 'scores-missing-indicator', `no column for indicator "${indicator.name}" (${indicator.id})`);
  }
  return ok ? columns : undefined;
}
