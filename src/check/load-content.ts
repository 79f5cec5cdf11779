import type { z } from 'zod';
import { loadCsvFile, loadMarkdownFile, loadYamlFile } from '../load/files.ts';
import type { SyntaxProblem } from '../load/position.ts';
import { displayPath, listContentFiles, type ContentFiles } from '../load/tree.ts';
import { entryIdOf } from '../model/ids.ts';
import { caseSchema, reportSchema, scoringSchema, seriesSchema, siteSchema, stageSchema, unitSchema } from '../model/index.ts';
import type { CheckedContent, Entry, UnitRow } from './content.ts';
import { parseEntry, type Locator } from './parse.ts';
import type { Report } from './report.ts';
import { loadScores } from './rules/scores-file.ts';
import { didYouMean } from './suggest.ts';

function addSyntax(report: Report, file: string, problems: SyntaxProblem[]) {
  for (const p of problems) report.error(file, p, p.code, p.message);
}

function loadYamlEntry<S extends z.ZodType>(path: string | undefined, schema: S, report: Report): { data?: z.output<S>; locator?: Locator } {
  if (!path) return {};
  const file = displayPath(path);
  const source = loadYamlFile(path);
  addSyntax(report, file, source.problems);
  if (source.problems.length) return {};
  const locator = { file, locate: source.locate };
  return { data: parseEntry(schema, source.data ?? {}, locator, report), locator };
}

function loadMarkdownEntries<S extends z.ZodType>(paths: string[], schema: S, report: Report): Entry<z.output<S>>[] {
  const entries: Entry<z.output<S>>[] = [];
  for (const path of paths) {
    const file = displayPath(path);
    const source = loadMarkdownFile(path);
    addSyntax(report, file, source.problems);
    if (source.problems.length) continue;
    if (!source.hasFrontMatter) {
      report.error(file, { line: 1, column: 1 }, 'missing-front-matter', 'the file does not start with a --- front matter block');
      continue;
    }
    const data = parseEntry(schema, source.data ?? {}, { file, locate: source.locate }, report);
    if (data === undefined) continue;
    entries.push({ id: entryIdOf(path, data as { slug?: unknown }), file, path, data, body: source.body, bodyLine: source.bodyLine, locate: source.locate });
  }
  return entries;
}

function loadUnits(path: string | undefined, report: Report): UnitRow[] {
  if (!path) return [];
  const file = displayPath(path);
  const csv = loadCsvFile(path);
  addSyntax(report, file, csv.problems);
  if (!csv.header) return [];
  const header = csv.header.cells.map((cell) => cell.trim());
  const known = ['id', 'name', 'parent', 'kind'];
  header.forEach((cell, i) => {
    if (!known.includes(cell)) report.error(file, csv.header!.at[i], 'unknown-key', `unknown column "${cell}"${didYouMean(cell, known)}`);
  });
  for (const required of ['id', 'name']) {
    if (!header.includes(required)) report.error(file, csv.header.at[0], 'missing-key', `missing required column "${required}"`);
  }
  if (report.hasErrors(file)) return [];
  const rows: UnitRow[] = [];
  for (const record of csv.records) {
    if (record.cells.length !== header.length) {
      report.error(file, record.at[0], 'csv-ragged-row', `row has ${record.cells.length} cells, the header has ${header.length}`);
      continue;
    }
    const raw = Object.fromEntries(header.map((key, i) => [key, record.cells[i]]));
    const at = Object.fromEntries(header.map((key, i) => [key, record.at[i]]));
    const data = parseEntry(unitSchema, raw, { file, locate: (p) => at[String(p[0])] ?? record.at[0] }, report);
    if (data) rows.push({ ...data, at, line: record.line });
  }
  return rows;
}

/** Load every file of the tree and validate each against its schema, reporting as it goes. */
export interface LoadedContent {
  content: CheckedContent;
  files: ContentFiles;
  /** Positions in site.yml and scoring.yml, for rules that look across keys. */
  locators: { site?: Locator; scoring?: Locator };
}

export function loadContent(dir: string, report: Report): LoadedContent {
  const files = listContentFiles(dir);
  if (!files.site) {
    report.error(displayPath(`${dir}/site.yml`), { line: 1, column: 1 }, 'missing-file', 'site.yml is missing: every site needs at least a title and an organization');
  }
  if (files.hasScoresFolder && files.scores.length > 0 && !files.scoring) {
    report.error(displayPath(`${dir}/scoring.yml`), { line: 1, column: 1 }, 'scores-without-scoring', 'scoring.yml is missing but scores/ holds score files');
  }
  const site = loadYamlEntry(files.site, siteSchema, report);
  const scoring = loadYamlEntry(files.scoring, scoringSchema, report);
  const units = loadUnits(files.units, report);
  const byId = new Map(units.map((u) => [u.id, u.id]));
  const byName = new Map(units.map((u) => [u.name, u.id]));
  const resolveUnit = (ref: string) => byId.get(ref.trim()) ?? byName.get(ref.trim());
  const content: CheckedContent = {
    dir,
    site: site.data,
    scoring: scoring.data,
    units,
    unitsFile: files.units ? displayPath(files.units) : undefined,
    series: loadMarkdownEntries(files.series, seriesSchema, report),
    reports: loadMarkdownEntries(files.reports, reportSchema, report),
    cases: loadMarkdownEntries(files.cases, caseSchema, report),
    stages: loadMarkdownEntries(files.stages, stageSchema, report),
    scores: [],
    resolveUnit,
  };
  content.scores = loadScores(files.scores, content, report);
  return { content, files, locators: { site: site.locator, scoring: scoring.locator } };
}
