// STUB (owner: dates engineer): replace with the real extractor.
import type { ColumnTable } from 'arquero';
import { DATES, toTable } from '../schema/index.ts';
export function dates(_articles: ColumnTable, _sentences: ColumnTable): ColumnTable {
  return toTable(DATES, []);
}
