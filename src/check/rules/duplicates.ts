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
  for (const [what, entries] of collections) checkEntryIds(what, entries, report);
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

/**
 * Ids unique per collection. Ids come from file names or `slug:` keys; when a slug collides with a
 * file name, the slug is the thing to change, so the problem points at the slug whichever file sorts
 * first. Ids differing only in letter case collide too: pages are folders named after ids, and the
 * Windows servers intranets often run on do not tell `A/` from `a/`.
 */
function checkEntryIds(what: string, entries: Entry<{ slug?: string }>[], report: Report): void {
  const groups = new Map<string, Entry<{ slug?: string }>[]>();
  for (const entry of entries) {
    const key = entry.id.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const owner = group.find((entry) => !entry.data.slug) ?? group[0];
    for (const entry of group) {
      if (entry === owner) continue;
      const at: Position = entry.data.slug ? entry.locate(['slug'], 'value') : { line: 1, column: 1 };
      const message =
        entry.id === owner.id
          ? `${what} id "${entry.id}" is already used by ${owner.file}`
          : `${what} id "${entry.id}" differs only in letter case from "${owner.id}" of ${owner.file}; their pages would collide`;
      report.error(entry.file, at, 'duplicate-id', message);
    }
  }
}
