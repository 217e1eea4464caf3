// Gives each direct quote the speaker of the first attribution parser, in the order index.ts
// lists them, that reads one in the quote's sentence. The quote keeps the parser that found it;
// `attributedBy` records which attribution parser named the speaker.
import type { Parser, Refiner } from '../../Extractor.ts';
import { sentenceAt } from '../../text/ArticleText.ts';
import type { QuoteCandidate } from '../QuoteCandidate.ts';
import type { QuoteContext } from '../QuoteContext.ts';
import { attributionInput, type AttributionInput, type Attribution } from '../attribution/Attribution.ts';

export function pickAttribution(rules: Parser<AttributionInput, Attribution>[]): Refiner<QuoteCandidate, QuoteContext> {
  return (quotes, { layout, quoted, mentions, codebook }) =>
    quotes.map((q) => {
      if (q.kind !== 'direct') return q;
      const input = attributionInput(q, layout.text, (o) => sentenceAt(layout, o), quoted, mentions, codebook);
      for (const rule of rules) {
        const [a] = rule(input);
        if (a)
          return {
            ...q,
            speaker: a.speaker,
            speaker_text: a.speaker_text,
            verb: a.verb,
            attributed: true,
            attributedAfter: a.after,
            attributedBy: a.rule,
          };
      }
      return q;
    });
}
