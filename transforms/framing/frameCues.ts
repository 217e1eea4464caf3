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
  // Each distinct text is read once (a wire story reprinted word for word is not read again).
  const byText = new Map<string, number[]>();
  const texts = articles.array('text') as (string | null)[];
  (articles.array('article_id') as string[]).forEach((id, i) => {
    const text = texts[i] ?? '';
    let counts = byText.get(text);
    if (!counts) byText.set(text, (counts = matchers.map((m) => countMatches(m.re, text))));
    matchers.forEach((m, order) => {
      out.article_id.push(id);
      out.frame.push(m.frame);
      out.frame_order.push(order);
      out.cues.push((counts as number[])[order]);
    });
  });
  return aq.table(out);
}
