// What the attribution parsers read and return. Each parser reads one phrasing of "who said
// this" around one quotation; pickAttribution keeps the first that finds a speaker.
import type { Codebook } from '../../codebook/Codebook.ts';
import type { QuoteCandidate, MentionRef } from '../QuoteCandidate.ts';
import type { SentenceSpan } from '../../text/ArticleText.ts';

export interface AttributionInput {
  text: string;
  quote: QuoteCandidate;
  /** The words after the closing mark, to the end of the sentence or the next opening mark. */
  afterFrom: number;
  afterTo: number;
  /** Where the sentence holding the opening mark starts, and where the sentence holding the closing mark ends. */
  sentenceStart: number;
  sentenceEnd: number;
  quoted: (offset: number) => boolean;
  mentions: MentionRef[];
  codebook: Codebook;
}

export interface Attribution {
  speaker: string;
  speaker_text: string;
  verb: string;
  /** The attribution parser that read it ("saidAfter", "accordingTo"...). */
  rule: string;
  /** Whether the attribution follows the quote ('"...," Kerry said'). */
  after: boolean;
}

/** The windows around a quote that the attribution parsers read. */
export function attributionInput(
  quote: QuoteCandidate,
  text: string,
  sentenceAt: (o: number) => SentenceSpan | undefined,
  quoted: (o: number) => boolean,
  mentions: MentionRef[],
  codebook: Codebook,
): AttributionInput {
  const opening = sentenceAt(quote.open) ?? { start: 0, end: text.length };
  const closing = quote.close >= 0 ? (sentenceAt(quote.close) ?? opening) : opening;
  const afterFrom = quote.close >= 0 ? quote.close + 1 : quote.end;
  let afterTo = Math.max(closing.end, afterFrom);
  // A quote that is a whole sentence ending in its own "?", "!" or "." may be attributed by the next sentence:
  // '"How many more must die?" County Supervisor David Canepa said in a statement.'
  if (afterTo === afterFrom || !text.slice(afterFrom, afterTo).trim()) {
    const next = sentenceAt(afterTo + 1);
    if (next && next.start >= afterFrom && !text.slice(opening.start, quote.open).trim()) afterTo = next.end;
  }
  const nextOpen = text.slice(afterFrom, afterTo).search(/["\u201c\u2018]/);
  if (nextOpen >= 0) afterTo = afterFrom + nextOpen;
  return {
    text,
    quote,
    afterFrom,
    afterTo,
    sentenceStart: opening.start,
    sentenceEnd: closing.end,
    quoted,
    mentions,
    codebook,
  };
}
