import type { CsvRecord } from '../load/csv.ts';
import type { Position } from '../load/position.ts';

/**
 * Where a ragged row goes wrong: the first cell too many, or the last cell of a row that is short
 * (its missing cells have no place of their own).
 */
export function raggedAt(record: CsvRecord, headerLength: number): Position {
  return record.at[Math.min(record.cells.length - 1, headerLength)] ?? record.at[0];
}

export function raggedMessage(record: CsvRecord, headerLength: number): string {
  return `row has ${record.cells.length} cell${record.cells.length === 1 ? '' : 's'}, expected ${headerLength} as in the header`;
}
