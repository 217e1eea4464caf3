// A conditional commitment in the speaker's own words, attributed in the same sentence: "'If we
// see the agreement implemented, we will go to Geneva,' said the HNC spokesman", "Lavrov said:
// 'If the rebels leave Aleppo, we will stop the strikes.'". Quotations are otherwise blanked (they
// are quotes, not the outlet's report of a proposal); this one is a condition the speaker sets,
// so the speaker, named outside the quotation, is its proposer. Only a first-person commitment
// to act: "If we do nothing, we will see more deaths" commits no one to anything.
import type { Candidate, ParseContext } from '../Candidate.ts';
import { attributedQuote } from '../attributedQuote.ts';

const PLEDGE = new RegExp(
  /^\s*(?:\.\.\.\s*)?(?:If|Once|As\s+soon\s+as|Provided\s+that)\s+[^,]{5,140},\s+(?:then\s+)?(we|I)\s*(will|would|shall|are\s+ready\s+to|am\s+ready\s+to|['\u2019]ll)\s+(?:(?:immediately|certainly|also|be\s+ready\s+to|then)\s+)*(?!be\b|see\b|have\b|lose\b|face\b|know\b|need\b|regret\b|get\b|feel\b|continue\s+to\s+suffer\b)[a-z]+/
    .source,
  'id',
);
const SAYS = /\b(?:said|says|told|added|stated|declared|insisted|warned)\b/i;

export function quotedPledge(sentence: string, ctx: ParseContext): Candidate[] {
  const found = attributedQuote(ctx.raw ?? sentence, PLEDGE, SAYS, ctx.mentions);
  if (!found) return [];
  const { match: m, open, span } = found;
  const [a, b] = m.indices![2]!;
  return [
    {
      cue: m[2],
      cueStart: open + 1 + a,
      cueEnd: open + 1 + b,
      type: 'condition',
      parser: 'quotedPledge',
      role: 'author',
      authorSpan: span,
      contentStart: open + 1,
    },
  ];
}
