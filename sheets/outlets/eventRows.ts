// The rows of a comparison table that belong to one event, as plain objects in table order. The
// table is read once and indexed by event (kept while the table lives), so that a workbook of many
// events reads each table once, not once per event.
import type { ColumnTable } from 'arquero';

const indexes = new WeakMap<ColumnTable, Map<unknown, Record<string, any>[]>>();

export function eventRows(table: ColumnTable, eventId: string): Record<string, any>[] {
  let byEvent = indexes.get(table);
  if (!byEvent) {
    byEvent = new Map();
    for (const row of table.objects() as Record<string, any>[]) {
      const list = byEvent.get(row.event_id);
      if (list) list.push(row);
      else byEvent.set(row.event_id, [row]);
    }
    indexes.set(table, byEvent);
  }
  // Copies, as filter().objects() gave: callers sort and mutate them.
  return (byEvent.get(eventId) ?? []).map((r) => ({ ...r }));
}
