// The first block of an Outlets sheet: which articles each outlet ran, their length and wire.
import type { ColumnTable } from 'arquero';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { eventRows } from './eventRows.ts';
import { outletGrid, type GridRow } from './outletGrid.ts';

const ROWS: [label: string, value: (r: Record<string, any>) => unknown][] = [
  ['Articles', (r) => r.articles],
  ['Headline', (r) => r.headlines],
  ['Published', (r) => r.published],
  ['Wire credited', (r) => r.wire],
  ['Words', (r) => String(r.words)],
];

/** `coverage`: the output of transforms/framing/coverage. */
export function coverageBlock(view: EventView, coverage: ColumnTable): Block {
  const records = eventRows(coverage, view.event_id);
  const rows: GridRow[] = ROWS.map(([label, value]) => ({
    label,
    cells: new Map(records.map((r) => [r.outlet, value(r)])),
  }));
  return outletGrid(
    view.outlets,
    {
      title: 'Coverage',
      note: 'The articles each outlet ran about this event.',
      rowHeader: '',
      type: 'text',
      width: 30,
    },
    rows,
  );
}
