// The per-event `Outlets` comparison sheets: one blocks sheet per event, the outlets of the event
// as columns, so that a reader sees at a glance how each outlet told the same story. Sections, in
// reading order: coverage, salience (and where each actor is first named), voices, labels,
// frames, distinctive terms, casualty figures, proposals, text reuse (and sentence alignment),
// omissions. Each block is built by its own module in sheets/outlets/. workbookSpec.ts appends
// these sheets after the comparison sheets.
import type { Codebook } from '../transforms/codebook/Codebook.ts';
import type { Extraction } from '../transforms/Extraction.ts';
import type { Comparison } from '../transforms/Comparison.ts';
import type { BlocksSheet } from './SheetSpec.ts';
import { articleOutlets } from '../transforms/framing/articleOutlets.ts';
import { figuresByOutlet } from '../transforms/framing/figuresByOutlet.ts';
import { proposalsByOutlet } from '../transforms/framing/proposalsByOutlet.ts';
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
import { figureChartBlock } from './figureChartBlock.ts';
import { outletsLayout } from './outletsLayout.ts';

export function outletsSheets(extraction: Extraction, comparison: Comparison, _codebook: Codebook): BlocksSheet[] {
  const outlets = articleOutlets(extraction.articles);
  const figures = figuresByOutlet(extraction.casualties, outlets);
  const proposals = proposalsByOutlet(extraction.proposals, outlets);
  const names = new Map(
    (extraction.actors.objects() as { actor_id: string; name: string | null }[]).map((a) => [
      a.actor_id,
      a.name || a.actor_id,
    ]),
  );
  const actorName = (id: string) => names.get(id) ?? id;

  const views = new Map<string, EventView>();
  for (const r of outlets.objects() as { article_id: string; event_id: string; outlet: string }[]) {
    const view: EventView = views.get(r.event_id) ?? {
      event_id: r.event_id,
      outlets: [],
      outletOf: new Map<string, string>(),
      actorName,
    };
    if (!view.outlets.includes(r.outlet)) view.outlets.push(r.outlet);
    view.outletOf.set(r.article_id, r.outlet);
    views.set(r.event_id, view);
  }
  const events = [...views.values()];
  const sheetNames = outletsSheetNames(events.map((v) => v.event_id));
  return events.map((view, i) =>
    outletsLayout({
      kind: 'blocks',
      name: sheetNames[i],
      title: `How each outlet covered event ${view.event_id}: ${view.outlets.join(', ')}`,
      blocks: [
        coverageBlock(view, extraction.articles),
        ...salienceBlocks(view, comparison.framing_salience),
        voicesBlock(view, comparison.framing_voices),
        labelsBlock(view, comparison.framing_labels),
        framesBlock(view, comparison.framing_frames),
        termsBlock(view, comparison.distinctive_terms),
        figuresBlock(view, figures),
        figureChartBlock(view, extraction.casualties),
        proposalsBlock(view, proposals),
        ...reuseBlocks(view, comparison.reuse, comparison.alignment),
        omissionsBlock(view, comparison.omissions),
      ],
    }),
  );
}
