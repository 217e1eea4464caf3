// STUB (owner: dates engineer): replace with the real extractor.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import { CASUALTIES, toTable } from '../schema/index.ts';
export function casualties(_articles: ColumnTable, _sentences: ColumnTable, _codebook: Codebook): ColumnTable {
  return toTable(CASUALTIES, []);
}
