// Casualty figures side by side: one row per figure (figure and kind, "280000 killed") and outlet
// of an event, with how that outlet worded it: the qualifiers ("more than", "about"), the sources
// it credits and the expressions as written, each list distinct and joined with "; ". Rows go by
// kind, then figure from the largest, then outlet. Feeds the Outlets sheets.
import { op, desc } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Casualty } from '../schema/index.ts';

const joined = (column: string) =>
  `d => op.join(op.array_agg_distinct(d.${column} == null || d.${column} === '' ? undefined : d.${column}), '; ')`;

export function figuresByOutlet(casualties: ColumnTable, outlets: ColumnTable): ColumnTable {
  return casualties
    .filter((d: Casualty) => d.figure != null && d.kind != null && d.kind !== '')
    .join(outlets.select('article_id', 'event_id', 'outlet'), 'article_id')
    .orderby('article_id', 'start')
    .groupby('event_id', 'kind', 'figure', 'outlet')
    .rollup({
      qualifier: joined('qualifier'),
      source: joined('source'),
      surface: joined('surface'),
      cited: () => op.count(),
    })
    .derive({ item: (d: Casualty) => d.figure + ' ' + d.kind })
    .orderby('event_id', 'kind', desc('figure'), 'outlet')
    .select('event_id', 'item', 'figure', 'kind', 'outlet', 'qualifier', 'source', 'surface', 'cited');
}
