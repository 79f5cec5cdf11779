import type { CheckedContent } from '../content.ts';
import type { Report } from '../report.ts';
import { didYouMean } from '../suggest.ts';

/** Parents exist and the unit tree has no cycles. */
export function checkUnits(content: CheckedContent, report: Report): void {
  const file = content.unitsFile;
  if (!file) return;
  const byId = new Map(content.units.map((u) => [u.id, u]));
  for (const unit of content.units) {
    if (unit.parent !== undefined && !byId.has(unit.parent)) {
      report.error(file, unit.at.parent, 'unknown-parent', `unknown parent unit "${unit.parent}"${didYouMean(unit.parent, byId.keys())}`);
    }
  }
  const reported = new Set<string>();
  for (const unit of content.units) {
    const chain: string[] = [];
    let current: typeof unit | undefined = unit;
    while (current?.parent !== undefined && !chain.includes(current.id)) {
      chain.push(current.id);
      current = byId.get(current.parent);
    }
    if (current && chain.includes(current.id) && current.id === unit.id && !reported.has(unit.id)) {
      const cycle = [...chain, unit.id];
      cycle.forEach((id) => reported.add(id));
      report.error(file, unit.at.parent, 'unit-cycle', `units form a cycle: ${cycle.join(' → ')}`);
    }
  }
}
