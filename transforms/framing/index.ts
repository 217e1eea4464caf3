// How each outlet framed each event: the comparison tables of docs/CONTRACT.md, computed from the
// extracted tables and the codebook. Every measure is a pure function in its own module; this file
// only orders them. First the grouping every measure shares (which outlet and event each article
// belongs to, see articleOutlets), then the measures on mentions and quotes (salience, voices,
// labels), on the words of the texts (frames, distinctive terms), on the wording shared between
// articles (reuse, alignment), and the omissions, which look across all the others' items. Last,
// the side-by-side tables the Outlets sheets lay out (outletTables).
import * as aq from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import type { Extraction } from '../Extraction.ts';
import type { Comparison } from '../Comparison.ts';
import { articleOutlets } from './articleOutlets.ts';
import { salience } from './salience.ts';
import { voices } from './voices.ts';
import { labels } from './labels.ts';
import { frameCues } from './frameCues.ts';
import { frames } from './frames.ts';
import { dominantFrames } from './dominantFrames.ts';
import { termCounts } from './termCounts.ts';
import { distinctiveTerms } from './distinctiveTerms.ts';
import { reuse } from './reuse.ts';
import { alignment } from './alignment.ts';
import { actorItems } from './actorItems.ts';
import { quoteItems } from './quoteItems.ts';
import { figureItems } from './figureItems.ts';
import { proposalItems } from './proposalItems.ts';
import { omissions } from './omissions.ts';
import { outletTables } from './outletTables.ts';

export function framing(extraction: Extraction, codebook: Codebook): Comparison {
  const { articles, sentences, actors, mentions, quotes, casualties, proposals } = extraction;
  const outlets = articleOutlets(articles);
  const cues = frameCues(articles, codebook.frames);
  const items = aq
    .table({ event_id: [], outlet: [], item_type: [], key: [], item: [] })
    .concat(
      actorItems(mentions, actors, outlets),
      quoteItems(quotes, articles, actors, outlets),
      figureItems(casualties, outlets),
      proposalItems(proposals, outlets),
    );
  const reused = reuse(articles, outlets);
  const aligned = alignment(sentences, outlets);
  return {
    framing_salience: salience(mentions, sentences, outlets),
    framing_voices: voices(quotes, outlets),
    framing_labels: labels(mentions, outlets, codebook.labels),
    framing_frames: frames(cues, outlets),
    distinctive_terms: distinctiveTerms(termCounts(articles, outlets)),
    reuse: reused,
    alignment: aligned,
    omissions: omissions(items, outlets),
    dominant_frames: dominantFrames(cues, articles),
    ...outletTables(extraction, outlets, reused, aligned),
  };
}
