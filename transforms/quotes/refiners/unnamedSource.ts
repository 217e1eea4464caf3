// A quote by "the diplomat", "the official", "the envoy" with no one named behind the description
// is by the unnamed person an indefinite description introduced before it ("A Western diplomat,
// who spoke on condition of anonymity, was more blunt. "...," the diplomat said."): the speaker is
// that description's affiliation ("a US official" -> United States, "a Western diplomat" -> none)
// and `speaker_text` its wording. A description that the actors step resolved to a named person
// ("US envoy Michael Ratney ... the envoy said") already has a speaker and is left alone.
import type { QuoteCandidate } from '../QuoteCandidate.ts';
import type { QuoteContext } from '../QuoteContext.ts';
import { indefiniteReferents, type IndefiniteReferent } from '../../text/indefiniteReferents.ts';
import { speakerOf } from '../speakerOf.ts';

const DEFINITE = /^the\s+(?:[\p{L}.-]+\s+){0,3}?([\p{Ll}-]+)$/iu;

export function unnamedSource(
  quotes: QuoteCandidate[],
  { layout: { text }, quoted, mentions, codebook }: QuoteContext,
): QuoteCandidate[] {
  let referents: IndefiniteReferent[] | undefined;
  return quotes.map((q) => {
    const head = q.speaker ? undefined : DEFINITE.exec(q.speaker_text.trim())?.[1];
    if (!head) return q;
    referents ??= indefiniteReferents(text).filter((r) => !quoted(r.start));
    const antecedent = referents
      .filter((r) => r.head === head && r.end <= q.open && !(r.start >= q.start && r.end <= q.end))
      .pop();
    if (!antecedent) return q;
    return {
      ...q,
      speaker: speakerOf(text, antecedent.start, antecedent.end, mentions, codebook),
      speaker_text: antecedent.surface,
      attributedBy: 'unnamedSource',
    };
  });
}
