// Labels on an Outlets sheet: the descriptors each outlet attached to each actor, with counts
// and connotations ("Syrian strongman ×2 (negative)").
import type { ColumnTable } from 'arquero';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { eventRows } from './eventRows.ts';
import { outletGrid, type GridRow } from './outletGrid.ts';

export function labelsBlock(view: EventView, labels: ColumnTable): Block {
  const rows = new Map<string, Map<string, string[]>>();
  for (const r of eventRows(labels, view.event_id)) {
    const actor = view.actorName(r.actor_id);
    if (!rows.has(actor)) rows.set(actor, new Map());
    const cell = rows.get(actor)!;
    const text = `${r.descriptor}${r.count > 1 ? ` ×${r.count}` : ''}${r.connotation ? ` (${r.connotation})` : ''}`;
    cell.set(r.outlet, [...(cell.get(r.outlet) ?? []), text]);
  }
  const grid: GridRow[] = [...rows]
    .sort((a, b) => (a[0].toLowerCase() < b[0].toLowerCase() ? -1 : 1))
    .map(([label, cells]) => ({ label, cells: new Map([...cells].map(([o, l]) => [o, l.join('; ')])) }));
  return outletGrid(
    view.outlets,
    {
      title: 'Labels',
      note: "How each outlet described each actor, with the connotation the codebook's labels sheet gives.",
      rowHeader: 'Actor',
      type: 'text',
      width: 32,
    },
    grid,
  );
}
