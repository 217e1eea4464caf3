// Reuse on an Outlets sheet: how much of each article's wording is found in each other outlet
// (a heat map from 0 to 100%), then how each outlet's sentences align with the others'.
import type { ColumnTable } from 'arquero';
import type { Block } from '../SheetSpec.ts';
import type { EventView } from './EventView.ts';
import { eventRows } from './eventRows.ts';
import { gridRows, outletGrid, PERCENT } from './outletGrid.ts';

/**
 * `reuse`: the output of transforms/framing/reuseByOutlet; `sentences`: the output of
 * transforms/framing/sentencesByStatus.
 */
export function reuseBlocks(view: EventView, reuse: ColumnTable, sentences: ColumnTable): Block[] {
  const label = (r: Record<string, any>) => `${r.article_id} (${r.outlet})`;
  const counts = gridRows(
    eventRows(sentences, view.event_id),
    (r) => r.status,
    (r) => r.sentences,
  );
  return [
    outletGrid(
      view.outlets,
      {
        title: 'Text reuse',
        note: "Share of the article's 5-word sequences also found in an article of the outlet in the column (the highest when it has several).",
        rowHeader: 'Article',
        type: 'number',
        numFmt: PERCENT,
        heat: { min: 0, max: 1 },
      },
      gridRows(
        eventRows(reuse, view.event_id),
        label,
        (r) => r.containment,
        (r) => r.compared_outlet,
      ),
    ),
    outletGrid(
      view.outlets,
      {
        title: 'Sentences',
        note: "Each outlet's sentences by their closest match in another outlet: shared (same wording), paraphrased, or unique to it. The Alignment sheet lists them.",
        rowHeader: 'Status',
        type: 'integer',
        heat: { min: 0 },
      },
      counts,
    ),
  ];
}
