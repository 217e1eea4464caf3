// The data of an Outlets sheet's casualty chart: for each kind of casualty (killed, wounded...),
// the largest figure each outlet of the event cites; a blank cell where it cites none.
import type { ColumnTable } from 'arquero';
import { CASUALTIES, CASUALTY_KINDS, rowsOf } from '../transforms/schema/index.ts';
import type { Block } from './SheetSpec.ts';
import type { EventView } from './outlets/EventView.ts';
import { THOUSANDS } from './columnFormats.ts';

export const FIGURES_CHART_BLOCK = 'Largest casualty figure by kind';

export function figureChartBlock(view: EventView, casualties: ColumnTable): Block {
  const largest = new Map<string, Map<string, number>>();
  for (const c of rowsOf(CASUALTIES, casualties)) {
    const outlet = view.outletOf.get(c.article_id ?? '');
    if (outlet === undefined || c.figure == null || !c.kind) continue;
    const byOutlet = largest.get(c.kind) ?? new Map<string, number>();
    byOutlet.set(outlet, Math.max(byOutlet.get(outlet) ?? 0, c.figure));
    largest.set(c.kind, byOutlet);
  }
  const kinds = CASUALTY_KINDS.filter((k) => largest.has(k));
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
      ...Object.fromEntries(view.outlets.map((o, i) => [`o${i}`, largest.get(k)!.get(o) ?? null])),
    })),
  };
}
