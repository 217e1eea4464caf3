// Voices on an Outlets sheet: each speaker's share of the outlet's quotes, direct and indirect.
import type { ColumnTable } from 'arquero';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { eventRows } from './eventRows.ts';
import { gridRows, outletGrid, PERCENT } from './outletGrid.ts';

export function voicesBlock(view: EventView, voices: ColumnTable): Block {
  const rows = eventRows(voices, view.event_id);
  const total = new Map<string, number>();
  for (const r of rows) total.set(r.speaker, (total.get(r.speaker) ?? 0) + r.direct + r.indirect);
  const ordered = [...rows].sort(
    (a, b) =>
      total.get(b.speaker)! - total.get(a.speaker)! || (a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0),
  );
  return outletGrid(
    view.outlets,
    {
      title: 'Voices',
      note: "Share of each outlet's quotes (direct and indirect) given to each speaker; the Voices sheet has the counts.",
      rowHeader: 'Speaker',
      type: 'number',
      numFmt: PERCENT,
      heat: { min: 0 },
    },
    gridRows(
      ordered,
      (r) => (r.speaker ? view.actorName(r.speaker) : '(unnamed source)'),
      (r) => r.share,
    ),
  );
}
