import { join } from 'node:path';
import type { z } from 'zod';
import { loadMarkdownFile, loadYamlFile } from '../load/files.ts';
import type { SyntaxProblem } from '../load/position.ts';
import { displayPath, listContentFiles, type ContentFiles } from '../load/tree.ts';
import { entryIdOf } from '../model/ids.ts';
import { caseSchema, reportSchema, scoringSchema, seriesSchema, siteSchema, stageSchema } from '../model/index.ts';
import type { CheckedContent, Entry } from './content.ts';
import { loadUnits } from './load-units.ts';
import { parseEntry, type Locator } from './parse.ts';
import type { Report } from './report.ts';
import { loadScores } from './rules/scores-file.ts';

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
    if (source.encoding === 'gb18030') {
      // Astro reads Markdown as UTF-8 and would garble every character of a GBK file without a word.
      report.error(file, { line: 1, column: 1 }, 'encoding', 'the file is saved as GB18030/GBK; save Markdown files as UTF-8');
      continue;
    }
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
    report.error(displayPath(join(dir, 'site.yml')), { line: 1, column: 1 }, 'missing-file', 'site.yml is missing: every site needs at least a title and an organization');
  }
  // The spec makes the scoring files required as soon as there is a scores/ folder.
  if (files.hasScoresFolder && !files.scoring) {
    report.error(displayPath(join(dir, 'scoring.yml')), { line: 1, column: 1 }, 'scores-without-scoring', 'scoring.yml is missing but there is a scores/ folder: score files need the indicators and grades');
  }
  if (files.hasScoresFolder && !files.units) {
    report.error(displayPath(join(dir, 'units.csv')), { line: 1, column: 1 }, 'missing-file', 'units.csv is missing but there is a scores/ folder: every scored unit must be listed in it');
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
