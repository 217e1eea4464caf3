// A proposal as a parser finds it in one sentence, before the refiners name who proposed it, to
// whom, how it was reported and which proposal it is.
import type { TextParser } from '../Extractor.ts';
import type { WordSet } from '../text/wordSet.ts';

export interface Candidate {
  /** The cue as written and its offsets in the sentence. */
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** offer, plan, demand, call or condition. */
  type: string;
  parser: string;
  /** Where the proposer comes from when the parser knows better than the clause's subject:
   *  `speaker` the one who reports it ("Lavrov said the two sides should..."), `deal` the parties
   *  to the deal the article has stated ("Under the agreement, ..."), `author` the mention inside
   *  `authorSpan` ("brokered by the United States", "a key US demand"). */
  role?: 'speaker' | 'deal' | 'author';
  authorSpan?: [number, number];
  /** Where the one the proposal is addressed to or aims at is named (the last actor in it), when
   *  not right after the cue ("Assad, whom Washington wants out": Assad). */
  addresseeSpan?: [number, number];
  /** Where what is proposed begins, when it is not at the cue ("A ceasefire brokered by...",
   *  "Under the agreement, a nationwide ceasefire will..."): the start of the summary. */
  contentStart?: number;
  /** The status the phrasing itself states ("agreed to", "brokered"), unless a fate overrides it. */
  status?: string;
}

/** An actor mention inside the sentence, offsets in the sentence. */
/** An actor mention in a sentence; `media` and `armed` say whether the codebook types it as a media outlet or an armed group. */
export interface SentenceMention {
  start: number;
  end: number;
  actor_id: string;
  surface: string;
  descriptor: string;
  media: boolean;
  armed: boolean;
}

/** What a parser may know beyond the sentence: its actor mentions, and whether the article has
 *  already stated a deal (whose terms later sentences may list). */
export interface ParseContext {
  mentions: SentenceMention[];
  dealStated: boolean;
  /** Whether the sentence or the one before names a deal, talks or guarantees (reportedTerms.ts). */
  termsNear?: boolean;
  /** The actors the article has called a spokesman, a mediator or a negotiator so far. */
  spokesmen?: ReadonlySet<string>;
  /** The sentence as written, quotations included (parsers otherwise see them blanked). */
  raw?: string;
  /** The words of the text the parser reads (not of `raw`), found once for every parser
   *  (withCues.ts); found again when absent. */
  words?: WordSet;
}

/** A proposals parser (the shared contract, transforms/Extractor.ts): one sentence, its context. */
export type Parser = TextParser<Candidate, ParseContext>;
