// Reuse on an Outlets sheet: how much of each article's wording is found in each other outlet
// (a heat map from 0 to 100%), then how each outlet's sentences align with the others'.
import type { ColumnTable } from 'arquero';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { eventRows } from './eventRows.ts';
import { outletGrid, PERCENT, type GridRow } from './outletGrid.ts';

const STATUSES = ['shared', 'paraphrased', 'unique'] as const;

export function reuseBlocks(view: EventView, reuse: ColumnTable, alignment: ColumnTable): Block[] {
  const rows = new Map<string, GridRow>();
  for (const r of eventRows(reuse, view.event_id)) {
    const label = `${r.article_a} (${view.outletOf.get(r.article_a)})`;
    if (!rows.has(label)) rows.set(label, { label, cells: new Map() });
    const cells = rows.get(label)!.cells;
    const outlet = view.outletOf.get(r.article_b)!;
    cells.set(outlet, Math.max((cells.get(outlet) as number | undefined) ?? 0, r.containment));
  }
  const sentences = eventRows(alignment, view.event_id);
  const counts: GridRow[] = STATUSES.map((status) => ({
    label: status,
    cells: new Map(
      view.outlets.map((o) => [
        o,
        sentences.filter((s) => s.status === status && view.outletOf.get(s.article_id) === o).length,
      ]),
    ),
  }));
  return [
    outletGrid(
      view.outlets,
      {
        title: 'Text reuse',
        note: "Share of the article's 5-word sequences also found in an article of the outlet in the column (the highest when it has several).",
        rowHeader: 'Article',
        type: 'number',
        numFmt: PERCENT,
        heat: { min: 0, max: 1 },
      },
      [...rows.values()],
    ),
    outletGrid(
      view.outlets,
      {
        title: 'Sentences',
        note: "Each outlet's sentences by their closest match in another outlet: shared (same wording), paraphrased, or unique to it. The Alignment sheet lists them.",
        rowHeader: 'Status',
        type: 'integer',
        heat: { min: 0 },
      },
      counts,
    ),
  ];
}
