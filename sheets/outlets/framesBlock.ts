// Frames on an Outlets sheet: each codebook frame's share of the outlet's frame cues.
import type { ColumnTable } from 'arquero';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { eventRows } from './eventRows.ts';
import { gridRows, outletGrid, PERCENT } from './outletGrid.ts';

export function framesBlock(view: EventView, frames: ColumnTable): Block {
  return outletGrid(
    view.outlets,
    {
      title: 'Frames',
      note: "Share of each outlet's cue words that signal each frame of the codebook (each column sums to 100%).",
      rowHeader: 'Frame',
      type: 'number',
      numFmt: PERCENT,
      heat: { min: 0 },
    },
    gridRows(
      eventRows(frames, view.event_id),
      (r) => r.frame,
      (r) => r.share,
    ),
  );
}
