import { resolve } from 'node:path';
import { checkArchive } from '../archive/check-archive.ts';
import type { CheckedContent } from './content.ts';
import { loadContent } from './load-content.ts';
import { sortProblems, type Problem } from './problem.ts';
import { Report } from './report.ts';
import { checkDuplicates } from './rules/duplicates.ts';
import { checkMarkdownLinks } from './rules/markdown-links.ts';
import { checkReferences } from './rules/references.ts';
import { checkScoring } from './rules/scoring.ts';
import { checkFeatured, checkStages } from './rules/stages.ts';
import { checkUnits } from './rules/units.ts';

export interface CheckResult {
  problems: Problem[];
  content: CheckedContent;
  filesChecked: number;
}

/** Validate a whole content tree in one pass: every file, every cross-file rule, every problem. */
export function checkContent(dir: string): CheckResult {
  const report = new Report();
  const { content, files, locators } = loadContent(resolve(dir), report);
  checkScoring(content, locators.scoring, report);
  checkUnits(content, report);
  checkDuplicates(content, report);
  checkReferences(content, report);
  checkStages(content, report);
  checkFeatured(content, locators.site, report);
  checkMarkdownLinks(content, report);
  checkArchive(content, files.archive, report);
  const filesChecked =
    [files.site, files.scoring, files.units].filter(Boolean).length +
    files.series.length + files.reports.length + files.cases.length + files.stages.length + files.scores.length + files.archive.length;
  return { problems: sortProblems(report.problems), content, filesChecked };
}

export { formatProblem, summaryLine, countProblems, type Problem } from './problem.ts';
