// The first block of an Outlets sheet: which articles each outlet ran, their length and wire.
import type { ColumnTable } from 'arquero';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { outletGrid, type GridRow } from './outletGrid.ts';

export function coverageBlock(view: EventView, articles: ColumnTable): Block {
  const mine = (articles.objects() as Record<string, any>[]).filter((a) => view.outletOf.has(a.article_id));
  const byOutlet = (f: (as: Record<string, any>[]) => unknown) =>
    new Map(view.outlets.map((o) => [o, f(mine.filter((a) => view.outletOf.get(a.article_id) === o))]));
  const distinct = (values: unknown[]) => [...new Set(values.filter((v) => v != null && v !== ''))].join('; ');
  const rows: GridRow[] = [
    { label: 'Articles', cells: byOutlet((as) => as.map((a) => a.article_id).join('; ')) },
    { label: 'Headline', cells: byOutlet((as) => as.map((a) => a.headline).join(' | ')) },
    { label: 'Published', cells: byOutlet((as) => distinct(as.map((a) => a.published))) },
    { label: 'Wire credited', cells: byOutlet((as) => distinct(as.map((a) => a.wire))) },
    { label: 'Words', cells: byOutlet((as) => String(as.reduce((n, a) => n + (a.words ?? 0), 0))) },
  ];
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
