// One article as the proposals parsers and refiners read it: its sentences in text order, each with
// its quotations blanked (maskQuotes: words in quotes are the speaker's, kept in the quotes table,
// not the outlet's report of a proposal) and its actor mentions, and every mention of the article.
import type { Sentence } from '../schema/index.ts';
import type { SentenceMention } from './Candidate.ts';
import type { ArticleMention } from './groupSubject.ts';
import { maskQuotes } from './maskQuotes.ts';
import { statesDeal } from './refiners/dealContext.ts';
import { wordSet, type WordSet } from '../text/wordSet.ts';

export interface ProposalSentence {
  id: string;
  /** Offset of the sentence in the article text. */
  start: number;
  text: string;
  /** The text with its quotations blanked. */
  masked: string;
  /** The words of `masked` (transforms/text/wordSet.ts), for the parsers' cue guards. */
  words: WordSet;
  mentions: SentenceMention[];
  /** Whether this sentence states a deal struck, and whether one before it did (dealContext.ts). */
  statesDeal: boolean;
  dealBefore: boolean;
  /** Whether it or the sentence before names a deal, talks or guarantees (DEAL_NAMED). */
  termsNear: boolean;
  /** The actors called a spokesman, a mediator or a negotiator up to this sentence. */
  spokesmen: ReadonlySet<string>;
}

export interface ProposalArticle {
  id: string;
  sentences: ProposalSentence[];
  mentions: ArticleMention[];
}

/** A deal, the talks or the guarantees named: a later outcome may be one of its terms. */
const DEAL_NAMED = /\b(?:deal|agreement|accord|guarantees?|talks|negotiations|terms)\b/i;
const SPOKES = /\b(?:spokes(?:man|woman|person)|press\s+secretary|mediator|negotiator)\b/i;

export function proposalArticle(
  id: string,
  sentences: Sentence[],
  bySentence: Map<string, SentenceMention[]>,
): ProposalArticle {
  let dealBefore = false;
  let namedBefore = false;
  const spokesmen = new Set<string>();
  const read = sentences.map((s): ProposalSentence => {
    const text = s.text ?? '';
    const masked = maskQuotes(text);
    const words = wordSet(masked);
    const mentions = bySentence.get(s.sentence_id ?? '') ?? [];
    for (const m of mentions) if (SPOKES.test(m.descriptor)) spokesmen.add(m.actor_id);
    const named = DEAL_NAMED.test(masked);
    const here: ProposalSentence = {
      id: s.sentence_id ?? '',
      start: s.start ?? 0,
      text,
      masked,
      words,
      mentions,
      statesDeal: statesDeal(masked, words),
      dealBefore,
      termsNear: named || namedBefore,
      spokesmen: new Set(spokesmen),
    };
    namedBefore = named;
    dealBefore ||= here.statesDeal;
    return here;
  });
  const mentions = read.flatMap((s) =>
    s.mentions.map((m) => ({
      at: s.start + m.start,
      actor_id: m.actor_id,
      surface: m.surface,
      descriptor: m.descriptor,
      armed: m.armed,
    })),
  );
  return { id, sentences: read, mentions };
}
