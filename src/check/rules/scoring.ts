import type { CheckedContent } from '../content.ts';
import type { Locator } from '../parse.ts';
import type { Report } from '../report.ts';
import { sumExact } from '../../results/decimal.ts';

/** The scoring scheme's own rules: unique indicators, grades strictly descending down to 0. */
export function checkScoring(content: CheckedContent, where: Locator | undefined, report: Report): void {
  const scoring = content.scoring;
  if (!scoring || !where) return;
  const { file, locate } = where;
  const seenIds = new Map<string, number>();
  const seenNames = new Map<string, number>();
  scoring.indicators.forEach((indicator, i) => {
    if (seenIds.has(indicator.id)) report.error(file, locate(['indicators', i, 'id'], 'value'), 'duplicate-id', `indicator id "${indicator.id}" is already used by indicator ${seenIds.get(indicator.id)! + 1}`);
    else seenIds.set(indicator.id, i);
    if (seenNames.has(indicator.name)) report.error(file, locate(['indicators', i, 'name'], 'value'), 'duplicate-name', `indicator name "${indicator.name}" is already used by indicator ${seenNames.get(indicator.name)! + 1}`);
    else seenNames.set(indicator.name, i);
  });
  const total = sumExact(scoring.indicators.map((i) => i.max));
  if (total !== 100) {
    report.warning(file, locate(['indicators'], 'key'), 'indicator-sum', `the indicator maxima add up to ${total}, not 100`);
  }
  scoring.grades.forEach((grade, i) => {
    const previous = scoring.grades[i - 1];
    if (previous && grade.min >= previous.min) {
      report.error(file, locate(['grades', i, 'min'], 'value'), 'grade-order', `grade "${grade.name}" has min ${grade.min}; it should be below ${previous.min}, the min of "${previous.name}" before it`);
    }
  });
  const last = scoring.grades[scoring.grades.length - 1];
  if (last && last.min !== 0) {
    report.error(file, locate(['grades', scoring.grades.length - 1, 'min'], 'value'), 'grade-floor', `the last grade "${last.name}" has min ${last.min}; it must be 0 so every total gets a grade`);
  }
}
