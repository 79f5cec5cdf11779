/**
 * Scores are short decimals (27.5, 23.4). Adding them as binary floats gives 85.49999…; adding them
 * as integers scaled by the largest number of decimal places gives the exact total.
 */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(value);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

export function sumExact(values: number[]): number {
  const places = Math.min(10, Math.max(0, ...values.map(decimalPlaces)));
  const scale = 10 ** places;
  const total = values.reduce((sum, value) => sum + Math.round(value * scale), 0);
  return total / scale;
}

/** Round half away from zero to `places`, exactly for the short decimals we deal in. */
export function roundTo(value: number, places: number): number {
  const scale = 10 ** places;
  const scaled = value * scale;
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled) + 1e-9);
  return rounded / scale;
}

/** Mean of exact decimals, rounded to two places for display. */
export function averageExact(values: number[], places = 2): number {
  if (values.length === 0) return 0;
  return roundTo(sumExact(values) / values.length, places);
}

const placesCache = new WeakMap<object, number>();

/**
 * Decimal places of the most precise score or total in a stage's results. Memoised per results
 * object (they are never mutated), because every unit page and download asks again for every stage.
 */
export function resultPlaces(results: { rows: { total: number; scores: Record<string, number> }[] }): number {
  let places = placesCache.get(results);
  if (places === undefined) {
    places = 0;
    for (const row of results.rows) {
      places = Math.max(places, decimalPlaces(row.total));
      for (const value of Object.values(row.scores)) places = Math.max(places, decimalPlaces(value));
    }
    placesCache.set(results, places);
  }
  return places;
}
