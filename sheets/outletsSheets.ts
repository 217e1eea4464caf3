// The per-event `Outlets` comparison sheets: one blocks sheet per event, the outlets of the event
// as columns, so that a reader sees at a glance how each outlet told the same story. Sections, in
// reading order: coverage, salience (and where each actor is first named), voices, labels,
// frames, distinctive terms, casualty figures (and the largest of each kind), proposals, text
// reuse (and sentence alignment), omissions; native charts of the main ones beside the blocks
// (outletsLayout.ts). Each block is laid out by its own module in sheets/outlets/ from a table the
// comparison computed (transforms/framing); nothing here computes a measure. workbookSpec.ts
// appends these sheets after the comparison sheets. A corpus of more than MAX_OUTLETS_SHEETS events
// gets sheets for its largest events (the About sheet says so).
import type { Codebook } from '../transforms/codebook/Codebook.ts';
import type { Extraction } from '../transforms/Extraction.ts';
import type { Comparison } from '../transforms/Comparison.ts';
import type { BlocksSheet } from './SheetSpec.ts';
import type { EventView } from './outlets/EventView.ts';
import { outletsSheetNames } from './outlets/outletsSheetNames.ts';
import { coverageBlock } from './outlets/coverageBlock.ts';
import { salienceBlocks } from './outlets/salienceBlocks.ts';
import { voicesBlock } from './outlets/voicesBlock.ts';
import { labelsBlock } from './outlets/labelsBlock.ts';
import { framesBlock } from './outlets/framesBlock.ts';
import { termsBlock } from './outlets/termsBlock.ts';
import { figuresBlock } from './outlets/figuresBlock.ts';
import { proposalsBlock } from './outlets/proposalsBlock.ts';
import { reuseBlocks } from './outlets/reuseBlocks.ts';
import { omissionsBlock } from './outlets/omissionsBlock.ts';
import { figureChartBlock } from './outlets/figureChartBlock.ts';
import { outletsLayout } from './outletsLayout.ts';
import { largestEvents } from '../transforms/framing/largestEvents.ts';

/**
 * Outlets sheets for at most this many events, those with the most articles (a workbook of
 * thousands of sheets cannot be browsed); the comparison sheets and tables hold every event.
 */
export const MAX_OUTLETS_SHEETS = 50;

export function outletsSheets(extraction: Extraction, comparison: Comparison, _codebook: Codebook): BlocksSheet[] {
  const names = new Map(
    (extraction.actors.objects() as { actor_id: string; name: string | null }[]).map((a) => [
      a.actor_id,
      a.name || a.actor_id,
    ]),
  );
  const actorName = (id: string) => names.get(id) ?? id;

  const views = new Map<string, EventView & { articles: number }>();
  for (const r of comparison.article_outlets.objects() as { event_id: string; outlet: string }[]) {
    const view = views.get(r.event_id) ?? { event_id: r.event_id, outlets: [], actorName, articles: 0 };
    if (!view.outlets.includes(r.outlet)) view.outlets.push(r.outlet);
    view.articles++;
    views.set(r.event_id, view);
  }
  const events = [...largestEvents(views, (v) => v.articles, MAX_OUTLETS_SHEETS).values()];
  const sheetNames = outletsSheetNames(events.map((v) => v.event_id));
  return events.map((view, i) =>
    outletsLayout({
      kind: 'blocks',
      name: sheetNames[i],
      title: `How each outlet covered event ${view.event_id}: ${view.outlets.join(', ')}`,
      blocks: [
        coverageBlock(view, comparison.coverage),
        ...salienceBlocks(view, comparison.framing_salience),
        voicesBlock(view, comparison.framing_voices),
        labelsBlock(view, comparison.framing_labels),
        framesBlock(view, comparison.framing_frames),
        termsBlock(view, comparison.distinctive_terms),
        figuresBlock(view, comparison.figures_by_outlet),
        figureChartBlock(view, comparison.largest_figures),
        proposalsBlock(view, comparison.proposals_by_outlet),
        ...reuseBlocks(view, comparison.reuse_by_outlet, comparison.sentences_by_status),
        omissionsBlock(view, comparison.omissions),
      ],
    }),
  );
}
