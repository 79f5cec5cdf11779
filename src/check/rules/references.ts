import type { CheckedContent, Entry } from '../content.ts';
import type { Report } from '../report.ts';
import { didYouMean } from '../suggest.ts';

/** Every id or name that points at another file must point at something that exists. */
export function checkReferences(content: CheckedContent, report: Report): void {
  const seriesIds = content.series.map((s) => s.id);
  const stageIds = content.stages.map((s) => s.id);
  const caseIds = content.cases.map((c) => c.id);
  const unitCandidates = content.units.flatMap((u) => [u.id, u.name]);

  const checkOne = (entry: Entry<unknown>, path: (string | number)[], value: string | undefined, known: string[], code: 'unknown-series' | 'unknown-stage' | 'unknown-case', what: string) => {
    if (value === undefined || known.includes(value)) return;
    report.error(entry.file, entry.locate(path, 'value'), code, `unknown ${what} "${value}"${didYouMean(value, known)}`);
  };
  const checkUnit = (entry: Entry<unknown>, path: (string | number)[], ref: string) => {
    if (content.resolveUnit(ref)) return;
    report.error(entry.file, entry.locate(path, 'value'), 'unknown-unit', `unknown unit "${ref}"${didYouMean(ref, unitCandidates)}`);
  };

  for (const entry of content.reports) {
    checkOne(entry, ['series'], entry.data.series, seriesIds, 'unknown-series', 'series');
    checkOne(entry, ['stage'], entry.data.stage, stageIds, 'unknown-stage', 'stage');
    entry.data.units.forEach((ref, i) => checkUnit(entry, ['units', i], ref));
    entry.data.cases.forEach((ref, i) => checkOne(entry, ['cases', i], ref, caseIds, 'unknown-case', 'case'));
  }
  for (const entry of content.cases) {
    checkUnit(entry, ['unit'], entry.data.unit);
    checkOne(entry, ['stage'], entry.data.stage, stageIds, 'unknown-stage', 'stage');
  }
}
