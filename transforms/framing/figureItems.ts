// The casualty figures each outlet cites in an event, as omission items: the figure with its
// kind ("280000 killed") is both key and item, whatever the qualifier ("more than", "nearly").
import type { ColumnTable } from 'arquero';
import type { Casualty } from '../schema/index.ts';

interface Keyed {
  key: string;
}

export function figureItems(casualties: ColumnTable, outlets: ColumnTable): ColumnTable {
  return casualties
    .filter((d: Casualty) => d.figure != null && d.kind != null && d.kind !== '')
    .join(outlets.select('article_id', 'event_id', 'outlet'), 'article_id')
    .derive({ item_type: () => 'figure', key: (d: Casualty) => d.figure + ' ' + d.kind })
    .derive({ item: (d: Keyed) => d.key })
    .select('event_id', 'outlet', 'item_type', 'key', 'item')
    .dedupe();
}
