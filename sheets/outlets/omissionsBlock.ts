// Omissions on an Outlets sheet: every item some outlet of the event reported and another did
// not, by type; each cell says whether that outlet reported it or left it out.
import type { ColumnTable } from 'arquero';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { eventRows } from './eventRows.ts';
import { outletGrid, type GridRow } from './outletGrid.ts';

const TYPES = ['actor', 'quote', 'figure', 'proposal'];

export function omissionsBlock(view: EventView, omissions: ColumnTable): Block {
  const rows = new Map<string, GridRow>();
  const sortKey = (r: Record<string, any>) =>
    `${TYPES.indexOf(r.item_type)}\t${String(r.item).toLowerCase()}\t${r.item}`;
  const ordered = eventRows(omissions, view.event_id).sort((a, b) =>
    sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
  );
  for (const r of ordered) {
    const label = `${r.item_type}: ${r.item}`;
    if (!rows.has(label)) {
      const reporters = String(r.reported_by).split('; ');
      rows.set(label, { label, cells: new Map(view.outlets.map((o) => [o, reporters.includes(o) ? 'reported' : ''])) });
    }
    rows.get(label)!.cells.set(r.outlet, 'LEFT OUT');
  }
  return outletGrid(
    view.outlets,
    {
      title: 'Omissions',
      note: 'Actors, quotes, figures and proposals some outlets reported and others left out.',
      rowHeader: 'Item',
      type: 'text',
      width: 14,
    },
    [...rows.values()],
  );
}
