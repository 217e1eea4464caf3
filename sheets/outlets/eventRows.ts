// The rows of a comparison table that belong to one event, as plain objects in table order.
import type { ColumnTable } from 'arquero';

export function eventRows(table: ColumnTable, eventId: string): Record<string, any>[] {
  return table
    .params({ event: eventId })
    .filter((d: any, $: any) => d.event_id === $.event)
    .objects() as Record<string, any>[];
}
