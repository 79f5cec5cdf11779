/** Filters the search indexer reads from `data-search-filters`: display names, only keys that apply. */
export interface SearchFilters {
  unit?: (string | undefined)[];
  stage?: (string | undefined)[];
  year?: (string | undefined)[];
  kind?: (string | undefined)[];
  type?: (string | undefined)[];
}

/** JSON for `data-search-filters`: empty values and empty keys dropped, duplicates removed, key order stable. */
export function searchFilters(filters: SearchFilters): string {
  const out: Record<string, string[]> = {};
  for (const key of ['unit', 'stage', 'year', 'kind', 'type'] as const) {
    const values = [...new Set((filters[key] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== ''))];
    if (values.length) out[key] = values;
  }
  return JSON.stringify(out);
}

/** The data attributes of the one indexed element on a detail page. */
export function searchAttributes(type: 'report' | 'case' | 'unit' | 'stage' | 'series', title: string, filters: SearchFilters = {}) {
  return {
    'data-search-type': type,
    'data-search-title': title,
    'data-search-filters': searchFilters(filters),
  };
}
