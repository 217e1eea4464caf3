// Salience on an Outlets sheet: each actor's share of the outlet's actor mentions (a heat map,
// actors by their mentions across the event), then where each outlet first names it.
import type { ColumnTable } from 'arquero';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { eventRows } from './eventRows.ts';
import { gridRows, outletGrid, PERCENT } from './outletGrid.ts';

function placement(r: Record<string, any>): string {
  if (r.in_headline) return 'headline';
  if (r.in_lead) return 'lead';
  return `sentence ${r.first_sentence}`;
}

export function salienceBlocks(view: EventView, salience: ColumnTable): Block[] {
  const rows = eventRows(salience, view.event_id);
  const total = new Map<string, number>();
  for (const r of rows) total.set(r.actor_id, (total.get(r.actor_id) ?? 0) + r.mentions);
  const ordered = [...rows].sort(
    (a, b) =>
      total.get(b.actor_id)! - total.get(a.actor_id)! ||
      (a.actor_id < b.actor_id ? -1 : a.actor_id > b.actor_id ? 1 : 0),
  );
  const label = (r: Record<string, any>) => view.actorName(r.actor_id);
  return [
    outletGrid(
      view.outlets,
      {
        title: 'Salience',
        note: "Share of each outlet's actor mentions in this event (each column sums to 100%). Darker: more prominent.",
        rowHeader: 'Actor',
        type: 'number',
        numFmt: PERCENT,
        heat: { min: 0 },
      },
      gridRows(ordered, label, (r) => r.share),
    ),
    outletGrid(
      view.outlets,
      {
        title: 'First named',
        note: 'Where each outlet first names the actor: in a headline, in the lead (first two sentences), or the sentence number.',
        rowHeader: 'Actor',
        type: 'text',
        width: 14,
      },
      gridRows(ordered, label, placement),
    ),
  ];
}
