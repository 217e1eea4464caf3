// omissions written with Arquero verbs (groupby, join with the event's outlets, antijoin with the
// items each outlet carries), as it was before transforms/framing/omissions.ts worked in maps for
// speed: the reference the hand loop must agree with.
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import { OMISSIONS, type Omission } from '../../../transforms/schema/index.ts';
import { ITEM_TYPES } from '../../../transforms/framing/omissions.ts';
import { columnsOf } from '../../../charts/style/columnsOf.ts';

const O = columnsOf(OMISSIONS);
/** A row of the items table (actorItems, quoteItems, figureItems, proposalItems). */
type Item = Pick<Omission, 'event_id' | 'outlet' | 'item_type' | 'item'> & { key: string };
const ITEM_KEYS = [O.event_id, O.outlet, O.item_type, 'key'];

export function omissionsVerbs(items: ColumnTable, outlets: ColumnTable): ColumnTable {
  const reported = items
    .orderby(O.outlet)
    .groupby(O.event_id, O.item_type, 'key')
    .rollup({
      item: (d: Item) => op.min(d.item),
      reported_by: (d: Item) => op.join(op.array_agg_distinct(d.outlet) as unknown as string[], '; '),
    });
  const eventOutlets = outlets.select(O.event_id, O.outlet).dedupe();
  return reported
    .join(eventOutlets, O.event_id)
    .antijoin(items, [ITEM_KEYS, ITEM_KEYS])
    .params({ types: ITEM_TYPES as unknown as string[] })
    .derive({
      type_order: (d: Item, $: { types: string[] }) => op.indexof($.types, d.item_type),
      sort_item: (d: Item) => op.lower(d.item),
    })
    .orderby(O.event_id, O.outlet, 'type_order', 'sort_item', O.item)
    .select(...OMISSIONS.names);
}
