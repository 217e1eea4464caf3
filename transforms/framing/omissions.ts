// omissions: what the other outlets of an event reported and this outlet did not. Items come from
// actorItems, quoteItems, figureItems and proposalItems (event_id, outlet, item_type, key, item);
// for every item and every outlet of its event that does not carry it, one row with the outlets
// that do (`reported_by`, sorted, joined with "; "). An event with one outlet has no omissions.
// Rows go by event, outlet, item type (actor, quote, figure, proposal), then item ignoring case,
// then item; items that read the same keep the order in which the items table first lists them.
// Computed in maps: the join of every item with every outlet of its event, and the antijoin that
// removed the carried ones, were most of the cost on large corpora.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { OMISSIONS } from '../schema/index.ts';
import { codeUnitOrder } from './codeUnitOrder.ts';

export const ITEM_TYPES = ['actor', 'quote', 'figure', 'proposal'] as const;

interface Item {
  order: number;
  event_id: string;
  item_type: string;
  item: string;
  sortItem: string;
  typeOrder: number;
  outlets: Set<string>;
}
interface Row {
  item: Item;
  outlet: string;
}

export function omissions(items: ColumnTable, outlets: ColumnTable): ColumnTable {
  const [events, names, types, keys, texts] = ['event_id', 'outlet', 'item_type', 'key', 'item'].map(
    (c) => items.array(c) as string[],
  );
  const byKey = new Map<string, Item>();
  const carried = new Set<string>();
  for (let r = 0; r < events.length; r++) {
    const id = `${events[r]}\u0000${types[r]}\u0000${keys[r]}`;
    let item = byKey.get(id);
    if (!item)
      byKey.set(
        id,
        (item = {
          order: byKey.size,
          event_id: events[r],
          item_type: types[r],
          item: texts[r],
          sortItem: '',
          typeOrder: (ITEM_TYPES as readonly string[]).indexOf(types[r]),
          outlets: new Set(),
        }),
      );
    else if (texts[r] != null && (item.item == null || texts[r] < item.item)) item.item = texts[r];
    item.outlets.add(names[r]);
    carried.add(`${id}\u0000${names[r]}`);
  }
  const eventOutlets = new Map<string, Set<string>>();
  const outletEvents = outlets.array('event_id') as string[];
  (outlets.array('outlet') as string[]).forEach((outlet, i) => {
    const set = eventOutlets.get(outletEvents[i]);
    if (set) set.add(outlet);
    else eventOutlets.set(outletEvents[i], new Set([outlet]));
  });
  const rows: Row[] = [];
  for (const [id, item] of byKey) {
    item.sortItem = String(item.item ?? '').toLowerCase();
    for (const outlet of eventOutlets.get(item.event_id) ?? [])
      if (!carried.has(`${id}\u0000${outlet}`)) rows.push({ item, outlet });
  }
  rows.sort(
    (a, b) =>
      codeUnitOrder(a.item.event_id, b.item.event_id) ||
      codeUnitOrder(a.outlet, b.outlet) ||
      a.item.typeOrder - b.item.typeOrder ||
      codeUnitOrder(a.item.sortItem, b.item.sortItem) ||
      codeUnitOrder(a.item.item, b.item.item) ||
      a.item.order - b.item.order,
  );
  const reportedBy = new Map<Item, string>();
  const reported = (item: Item) => {
    let s = reportedBy.get(item);
    if (s === undefined) reportedBy.set(item, (s = [...item.outlets].sort().join('; ')));
    return s;
  };
  return aq
    .table({
      event_id: rows.map((r) => r.item.event_id),
      outlet: rows.map((r) => r.outlet),
      item_type: rows.map((r) => r.item.item_type),
      item: rows.map((r) => r.item.item),
      reported_by: rows.map((r) => reported(r.item)),
    })
    .select(...OMISSIONS.names);
}
