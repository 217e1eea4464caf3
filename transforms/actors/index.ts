// STUB (owner: actors engineer): replace with the real extractor.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import { ACTORS, MENTIONS, toTable } from '../schema/index.ts';
import * as aq from 'arquero';
export function actors(_articles: ColumnTable, _sentences: ColumnTable, _codebook: Codebook): { actors: ColumnTable; mentions: ColumnTable; candidates: ColumnTable } {
  return { actors: toTable(ACTORS, []), mentions: toTable(MENTIONS, []), candidates: aq.table({ name: [], type: [], count: [] }) };
}
