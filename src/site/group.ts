/** Group items by a key, keeping first-seen key order and item order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups].map(([k, list]) => ({ key: k, items: list }));
}

/** Previous and next item around `id` in an ordered list of ids. */
export function neighbours(ids: readonly string[], id: string): { previous?: string; next?: string } {
  const at = ids.indexOf(id);
  if (at === -1) return {};
  return { previous: at > 0 ? ids[at - 1] : undefined, next: at < ids.length - 1 ? ids[at + 1] : undefined };
}
