// The data of an Outlets sheet's casualty chart: for each kind of casualty (killed, wounded...),
// the largest figure each outlet of the event cites; a blank cell where it cites none. The chart
// beside the blocks (outletsLayout.ts) draws these cells.
import type { ColumnTable } from 'arquero';
import { CASUALTY_KINDS } from '../../transforms/schema/index.ts';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { eventRows } from './eventRows.ts';
import { THOUSANDS } from '../columnFormats.ts';

export const FIGURES_CHART_BLOCK = 'Largest casualty figure by kind';

/** `largest`: the output of transforms/framing/largestFigures. */
export function figureChartBlock(view: EventView, largest: ColumnTable): Block {
  const byKind = new Map<string, Map<string, number>>();
  for (const r of eventRows(largest, view.event_id)) {
    const byOutlet = byKind.get(r.kind) ?? new Map<string, number>();
    byOutlet.set(r.outlet, r.figure);
    byKind.set(r.kind, byOutlet);
  }
  const kinds = CASUALTY_KINDS.filter((k) => byKind.has(k));
  return {
    title: FIGURES_CHART_BLOCK,
    note: 'The largest figure of each kind each outlet cites (the Casualty figures block shows how each worded it); the chart beside it draws these cells.',
    columns: [
      { key: 'label', header: 'Kind', type: 'text', width: 36 },
      ...view.outlets.map((o, i) => ({
        key: `o${i}`,
        header: o,
        type: 'integer' as const,
        width: Math.max(14, Math.min(o.length + 2, 30)),
        numFmt: THOUSANDS,
      })),
    ],
    rows: kinds.map((k) => ({
      label: k,
      ...Object.fromEntries(view.outlets.map((o, i) => [`o${i}`, byKind.get(k)!.get(o) ?? null])),
    })),
  };
}
