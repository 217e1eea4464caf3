// Proposals on an Outlets sheet: each proposal an outlet reports, with the status and cue word as
// that outlet reported them; a blank cell is a proposal the outlet did not report.
import type { ColumnTable } from 'arquero';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { eventRows } from './eventRows.ts';
import { gridRows, outletGrid } from './outletGrid.ts';

/** `proposals`: the output of transforms/framing/proposalsByOutlet. */
export function proposalsBlock(view: EventView, proposals: ColumnTable): Block {
  const cell = (r: Record<string, any>) => `${r.status || 'reported'}${r.cue ? ` ("${r.cue}")` : ''}`;
  return outletGrid(
    view.outlets,
    {
      title: 'Proposals',
      note: 'Each proposal with its status as each outlet reported it (proposed, leaked, denied, not addressed...) and the word that marked it; blank: not reported.',
      rowHeader: 'Proposal',
      type: 'text',
      width: 26,
    },
    gridRows(eventRows(proposals, view.event_id), (r) => r.summary, cell),
  );
}
