// The casualty figures each outlet cites in an event, as omission items: the figure with its
// kind ("280000 killed") is both key and item, whatever the qualifier ("more than", "nearly").
import type { ColumnTable } from 'arquero';

export function figureItems(casualties: ColumnTable, outlets: ColumnTable): ColumnTable {
  return casualties
    .filter((d: any) => d.figure != null && d.kind != null && d.kind !== '')
    .join(outlets.select('article_id', 'event_id', 'outlet'), 'article_id')
    .derive({ item_type: () => 'figure', key: (d: any) => d.figure + ' ' + d.kind })
    .derive({ item: (d: any) => d.key })
    .select('event_id', 'outlet', 'item_type', 'key', 'item')
    .dedupe();
}
