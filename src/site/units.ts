export interface TreeUnit {
  id: string;
  name: string;
  parent?: string;
}

export interface UnitNode<T extends TreeUnit> {
  unit: T;
  children: UnitNode<T>[];
}

/**
 * Units as a forest: roots are units without a (known) parent; children keep the registry order.
 * A cycle (rejected by check, but never loop here) leaves its members out.
 */
export function unitForest<T extends TreeUnit>(units: readonly T[]): UnitNode<T>[] {
  const ids = new Set(units.map((u) => u.id));
  const byParent = new Map<string | undefined, T[]>();
  for (const unit of units) {
    const parent = unit.parent && ids.has(unit.parent) ? unit.parent : undefined;
    const list = byParent.get(parent) ?? [];
    list.push(unit);
    byParent.set(parent, list);
  }
  const seen = new Set<string>();
  const build = (unit: T): UnitNode<T> => {
    seen.add(unit.id);
    return { unit, children: (byParent.get(unit.id) ?? []).filter((c) => !seen.has(c.id)).map(build) };
  };
  return (byParent.get(undefined) ?? []).map(build);
}

/** The chain of ancestors of a unit, nearest first. */
export function ancestors<T extends TreeUnit>(units: readonly T[], id: string): T[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: T[] = [];
  const seen = new Set([id]);
  let current = byId.get(id)?.parent;
  while (current && byId.has(current) && !seen.has(current)) {
    seen.add(current);
    out.push(byId.get(current)!);
    current = byId.get(current)!.parent;
  }
  return out;
}
