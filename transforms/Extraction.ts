// What one run extracts from a corpus: every table of docs/CONTRACT.md as an Arquero table.
import type { ColumnTable } from 'arquero';

export interface Extraction {
  articles: ColumnTable;
  sentences: ColumnTable;
  actors: ColumnTable;
  mentions: ColumnTable;
  candidates: ColumnTable;
  dates: ColumnTable;
  casualties: ColumnTable;
  proposals: ColumnTable;
  quotes: ColumnTable;
  /** One row per event (transforms/events/eventsTable.ts); absent in runs that do not build it. */
  events?: ColumnTable;
}
