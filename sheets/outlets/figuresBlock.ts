// Casualty figures on an Outlets sheet: each figure an outlet cites, with the qualifier and
// source as that outlet worded them; a blank cell is a figure the outlet did not cite.
import type { ColumnTable } from 'arquero';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { eventRows } from './eventRows.ts';
import { gridRows, outletGrid } from './outletGrid.ts';

/** `figures`: the output of transforms/framing/figuresByOutlet. */
export function figuresBlock(view: EventView, figures: ColumnTable): Block {
  const cell = (r: Record<string, any>) => `${r.qualifier || 'exact'}${r.source ? ` (${r.source})` : ''}`;
  return outletGrid(
    view.outlets,
    {
      title: 'Casualty figures',
      note: 'Each figure as each outlet qualified it ("more than", "about"...) and whom it credited; blank: not cited.',
      rowHeader: 'Figure',
      type: 'text',
      width: 24,
    },
    gridRows(eventRows(figures, view.event_id), (r) => r.item, cell),
  );
}
