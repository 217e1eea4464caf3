// Distinctive terms on an Outlets sheet: each outlet's most distinctive words against the rest
// of the event, ranked, with their z-scores.
import type { ColumnTable } from 'arquero';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { eventRows } from './eventRows.ts';
import { outletGrid, type GridRow } from './outletGrid.ts';

export const TERMS_SHOWN = 10;

export function termsBlock(view: EventView, terms: ColumnTable): Block {
  const rows: GridRow[] = Array.from({ length: TERMS_SHOWN }, (_, i) => ({
    label: String(i + 1),
    cells: new Map<string, unknown>(),
  }));
  for (const outlet of view.outlets) {
    eventRows(terms, view.event_id)
      .filter((r) => r.outlet === outlet && r.z > 0)
      .slice(0, TERMS_SHOWN)
      .forEach((r, i) => rows[i].cells.set(outlet, `${r.term} (z ${r.z.toFixed(2)}, ×${r.count})`));
  }
  return outletGrid(
    view.outlets,
    {
      title: 'Distinctive terms',
      note: 'Words each outlet used more than the other outlets of the event (weighted log-odds z-score; above 1.96 is significant).',
      rowHeader: 'Rank',
      type: 'text',
      width: 28,
    },
    rows.filter((r) => r.cells.size > 0),
  );
}
