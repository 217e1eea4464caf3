// omissions: what the other outlets of an event reported and this outlet did not. Items come from
// actorItems, quoteItems, figureItems and proposalItems (event_id, outlet, item_type, key, item);
// for every item and every outlet of its event that does not carry it, one row with the outlets
// that do (`reported_by`, sorted, joined with "; "). An event with one outlet has no omissions.
// Rows go by event, outlet, item type (actor, quote, figure, proposal), then item ignoring case.
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import { OMISSIONS } from '../schema/index.ts';

export const ITEM_TYPES = ['actor', 'quote', 'figure', 'proposal'] as const;
const ITEM_KEYS = ['event_id', 'outlet', 'item_type', 'key'];

export function omissions(items: ColumnTable, outlets: ColumnTable): ColumnTable {
  const reported = items
    .orderby('outlet')
    .groupby('event_id', 'item_type', 'key')
    .rollup({ item: (d: any) => op.min(d.item), reported_by: "d => op.join(op.array_agg_distinct(d.outlet), '; ')" });
  const eventOutlets = outlets.select('event_id', 'outlet').dedupe();
  return reported
    .join(eventOutlets, 'event_id')
    .antijoin(items, [ITEM_KEYS, ITEM_KEYS])
    .params({ types: ITEM_TYPES as unknown as string[] })
    .derive({ type_order: (d: any, $: any) => op.indexof($.types, d.item_type), sort_item: (d: any) => op.lower(d.item) })
    .orderby('event_id', 'outlet', 'type_order', 'sort_item', 'item')
    .select(...OMISSIONS.names);
}
