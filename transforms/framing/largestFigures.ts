// The largest casualty figure of each kind each outlet of an event cites: one row per event, kind
// and outlet that cites a figure of that kind (event_id, kind, outlet, figure), by event, kind and
// outlet. Feeds the casualty chart of the Outlets sheets.
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';

/** `figures`: the output of figuresByOutlet (figures with a kind, each with its event and outlet). */
export function largestFigures(figures: ColumnTable): ColumnTable {
  return figures
    .groupby('event_id', 'kind', 'outlet')
    .rollup({ figure: (d: { figure: number }) => op.max(d.figure) })
    .orderby('event_id', 'kind', 'outlet')
    .select('event_id', 'kind', 'outlet', 'figure');
}
