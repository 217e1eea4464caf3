// Adds `share`: a count column divided by its sum within each (event_id, outlet), so that the
// shares of one outlet in one event sum to 1. Groups whose counts sum to 0 get no share (null).
import type { ColumnTable } from 'arquero';

export function shareWithinOutlet(table: ColumnTable, count: string): ColumnTable {
  if (!/^[a-z_]+$/.test(count)) throw new Error(`not a column name: ${count}`);
  return table
    .groupby('event_id', 'outlet')
    .derive({ share: `d => op.sum(d.${count}) > 0 ? d.${count} / op.sum(d.${count}) : null` })
    .ungroup();
}
