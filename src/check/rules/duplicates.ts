import type { Position } from '../../load/position.ts';
import type { CheckedContent, Entry } from '../content.ts';
import type { Report } from '../report.ts';

function firstSeen<T>(items: T[], keyOf: (item: T) => string | undefined, onDuplicate: (item: T, first: T) => void) {
  const seen = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first) onDuplicate(item, first);
    else seen.set(key, item);
  }
}

/** Ids unique per collection, unit ids and names unique, stage order unique. */
export function checkDuplicates(content: CheckedContent, report: Report): void {
  const collections: [string, Entry<{ slug?: string }>[]][] = [
    ['series', content.series],
    ['report', content.reports],
    ['case', content.cases],
    ['stage', content.stages],
  ];
  for (const [what, entries] of collections) {
    firstSeen(entries, (e) => e.id, (entry, first) => {
      const at: Position = entry.data.slug ? entry.locate(['slug'], 'value') : { line: 1, column: 1 };
      report.error(entry.file, at, 'duplicate-id', `${what} id "${entry.id}" is already used by ${first.file}`);
    });
  }
  const unitsFile = content.unitsFile;
  if (unitsFile) {
    firstSeen(content.units, (u) => u.id, (unit, first) =>
      report.error(unitsFile, unit.at.id, 'duplicate-id', `unit id "${unit.id}" is already used on line ${first.line}`));
    firstSeen(content.units, (u) => u.name, (unit, first) =>
      report.error(unitsFile, unit.at.name, 'duplicate-name', `unit name "${unit.name}" is already used on line ${first.line}`));
  }
  firstSeen(content.stages, (s) => String(s.data.order), (stage, first) =>
    report.error(stage.file, stage.locate(['order'], 'value'), 'duplicate-order', `order ${stage.data.order} is already used by ${first.file}`));
}
