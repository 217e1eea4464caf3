// How many cue terms of each codebook frame every article contains: one row per article and
// frame (zeros included), in codebook order. Cues are whole words, case-insensitive, a trailing
// `*` matching any ending; within a frame, overlapping cues count once, the longest winning
// ("peace talks" is one Diplomacy cue, not two), while a word may cue two different frames.
import type { ColumnTable } from 'arquero';
import * as aq from 'arquero';
import type { Frame } from '../codebook/Codebook.ts';
import { termMatcher, countMatches } from './termMatcher.ts';

/** A row of the frameCues table. */
export interface FrameCue {
  article_id: string;
  frame: string;
  frame_order: number;
  cues: number;
}

export function frameCues(articles: ColumnTable, frames: readonly Frame[]): ColumnTable {
  const matchers = frames.map((f) => ({ frame: f.frame, re: termMatcher(f.cues) }));
  const out = { article_id: [] as string[], frame: [] as string[], frame_order: [] as number[], cues: [] as number[] };
  for (const a of articles.objects() as { article_id: string; text: string | null }[]) {
    matchers.forEach((m, order) => {
      out.article_id.push(a.article_id);
      out.frame.push(m.frame);
      out.frame_order.push(order);
      out.cues.push(countMatches(m.re, a.text ?? ''));
    });
  }
  return aq.table(out);
}
