import { loadCsvFile } from '../../load/files.ts';
import type { SyntaxProblem } from '../../load/position.ts';
import { displayPath } from '../../load/tree.ts';
import { stageIdOfScoresFile } from '../../model/ids.ts';
import { noteHeaders, scoreRowSchema, unitHeaders } from '../../model/index.ts';
import type { CheckedContent, ScoreRowAt, StageScores } from '../content.ts';
import { parseEntry } from '../parse.ts';
import type { Report } from '../report.ts';
import { didYouMean } from '../suggest.ts';

/**
 * Read `scores/<stage>.csv` files: map headers (indicator id or Chinese name) to indicator ids,
 * validate every cell against the scoring scheme, resolve units by id or name.
 */
export function loadScores(paths: string[], content: CheckedContent, report: Report): StageScores[] {
  const result: StageScores[] = [];
  const stageIds = content.stages.map((s) => s.id);
  for (const path of paths) {
    const file = displayPath(path);
    const stage = stageIdOfScoresFile(path);
    const csv = loadCsvFile(path);
    csv.problems.forEach((p: SyntaxProblem) => report.error(file, p, p.code, p.message));
    if (!stageIds.includes(stage)) {
      report.error(file, { line: 1, column: 1 }, 'scores-unknown-stage', `no stage "${stage}" for this scores file${didYouMean(stage, stageIds)}`);
    }
    const scoring = content.scoring;
    if (!csv.header || !scoring) continue;

    const header = csv.header;
    const columns: (string | undefined)[] = [];
    const seen = new Map<string, number>();
    header.cells.forEach((raw, i) => {
      const cell = raw.trim();
      let key: string | undefined;
      if (i === 0) {
        if ((unitHeaders as readonly string[]).includes(cell)) key = 'unit';
        else report.error(file, header.at[i], 'scores-unit-column', `the first column is "${cell}", expected "unit" or "单位"`);
      } else if ((noteHeaders as readonly string[]).includes(cell)) key = 'note';
      else {
        key = scoring.indicators.find((ind) => ind.id === cell || ind.name === cell)?.id;
        if (!key) {
          const names = scoring.indicators.flatMap((ind) => [ind.id, ind.name]);
          report.error(file, header.at[i], 'scores-unknown-column', `unknown column "${cell}"${didYouMean(cell, names)}`);
        }
      }
      if (key && seen.has(key)) {
        report.error(file, header.at[i], 'scores-duplicate-column', `column "${cell}" repeats column ${seen.get(key)! + 1}`);
        key = undefined;
      } else if (key) seen.set(key, i);
      columns.push(key);
    });
    for (const indicator of scoring.indicators) {
      if (!seen.has(indicator.id)) {
        report.error(file, header.at[0], 'scores-missing-indicator', `no column for indicator "${indicator.name}" (${indicator.id})`);
      }
    }
    if (report.hasErrors(file)) continue;

    const schema = scoreRowSchema(scoring);
    const rows: ScoreRowAt[] = [];
    const firstLine = new Map<string, number>();
    for (const record of csv.records) {
      if (record.cells.length !== header.cells.length) {
        const last = record.at[Math.min(record.cells.length, header.cells.length) - 1] ?? record.at[0];
        report.error(file, last, 'csv-ragged-row', `row has ${record.cells.length} cells, the header has ${header.cells.length}`);
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
        const candidates = content.units.flatMap((u) => [u.id, u.name]);
        report.error(file, at.unit, 'unknown-unit', `unknown unit "${unitRef}"${didYouMean(unitRef, candidates)}`);
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
