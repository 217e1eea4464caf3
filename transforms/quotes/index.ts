// STUB (owner: actors engineer): replace with the real extractor.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import { QUOTES, toTable } from '../schema/index.ts';
export function quotes(_articles: ColumnTable, _sentences: ColumnTable, _mentions: ColumnTable, _codebook: Codebook): ColumnTable {
  return toTable(QUOTES, []);
}
