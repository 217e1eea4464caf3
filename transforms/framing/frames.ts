// framing_frames: how much each outlet's coverage of an event leans on each frame of the
// codebook: cue counts summed over the outlet's articles, and each frame's share of the outlet's
// cues. Every frame gets a row (zeros included) so outlets line up; an outlet with no cue at all
// in an event gets no rows, as its shares would be undefined.
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { FrameCue } from './frameCues.ts';
import { FRAMING_FRAMES } from '../schema/index.ts';
import { shareWithinOutlet } from './shareWithinOutlet.ts';

/** `cues`: the output of frameCues (article_id, frame, frame_order, cues). */
export function frames(cues: ColumnTable, outlets: ColumnTable): ColumnTable {
  const summed = cues
    .join(outlets.select('article_id', 'event_id', 'outlet'), 'article_id')
    .groupby('event_id', 'outlet', 'frame')
    .rollup({ cues: (d: FrameCue) => op.sum(d.cues), frame_order: (d: FrameCue) => op.min(d.frame_order) })
    .groupby('event_id', 'outlet')
    .filter((d: FrameCue) => op.sum(d.cues) > 0)
    .ungroup();
  return shareWithinOutlet(summed, 'cues')
    .orderby('event_id', 'outlet', 'frame_order')
    .select(...FRAMING_FRAMES.names);
}
