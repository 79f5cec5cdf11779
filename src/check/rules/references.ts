import type { CheckedContent, Entry } from '../content.ts';
import type { Report } from '../report.ts';
import { didYouMean } from '../suggest.ts';

type ReferenceCode = 'unknown-series' | 'unknown-stage' | 'unknown-case';

/**
 * Every id or name that points at another file must point at something that exists. Known ids are
 * Sets, so a tree of thousands of reports costs one lookup per reference; the "did you mean" search
 * over all candidates only runs for references that are wrong.
 */
export function checkReferences(content: CheckedContent, report: Report): void {
  const seriesIds = new Set(content.series.map((s) => s.id));
  const stageIds = new Set(content.stages.map((s) => s.id));
  const caseIds = new Set(content.cases.map((c) => c.id));
  const unitCandidates = content.units.flatMap((u) => [u.id, u.name]);

  const checkOne = (entry: Entry<unknown>, path: (string | number)[], value: string | undefined, known: Set<string>, code: ReferenceCode, what: string) => {
    if (value === undefined || known.has(value)) return;
    report.error(entry.file, entry.locate(path, 'value'), code, `unknown ${what} "${value}"${didYouMean(value, known)}`);
  };
  // The same wrong unit name (a unit renamed since) tends to recur across many files: suggest once.
  const unitHints = new Map<string, string>();
  const checkUnit = (entry: Entry<unknown>, path: (string | number)[], ref: string) => {
    if (content.resolveUnit(ref)) return;
    let hint = unitHints.get(ref);
    if (hint === undefined) {
      hint = unitCandidates.length ? didYouMean(ref, unitCandidates) : ' (there is no units.csv to list units in)';
      unitHints.set(ref, hint);
    }
    report.error(entry.file, entry.locate(path, 'value'), 'unknown-unit', `unknown unit "${ref}"${hint}`);
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
