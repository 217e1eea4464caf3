// Each article's dominant frame, for the Articles sheet: the frame with the most cues in it. Ties
// go to the frame listed first in the codebook, so the result does not depend on row order; an
// article with no cue at all has an empty dominant frame.
import { op, desc } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { FrameCue } from './frameCues.ts';

/** `cues`: the output of frameCues (article_id, frame, frame_order, cues). */
export function dominantFrames(cues: ColumnTable, articles: ColumnTable): ColumnTable {
  const best = cues
    .filter((d: FrameCue) => d.cues > 0)
    .groupby('article_id')
    .orderby(desc('cues'), 'frame_order')
    .filter(() => op.row_number() === 1)
    .ungroup()
    .select('article_id', { frame: 'dominant_frame' });
  return articles
    .select('article_id')
    .join_left(best, 'article_id')
    .derive({
      dominant_frame: (d: { dominant_frame: string | null }) => (d.dominant_frame == null ? '' : d.dominant_frame),
    })
    .orderby('article_id');
}
