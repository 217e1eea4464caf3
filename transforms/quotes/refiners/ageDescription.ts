// A quote by "the 29-year-old", "the 43-year-old mother of three": news names a person, then
// refers to them by their age. The speaker is the last person named before the quote, outside
// quotation marks, in its paragraph or the one before ('Another survivor, Karim Haddad, lost his
// shop. / "We have received some help," said the 29-year-old.'); with nobody named there, the
// quote keeps no speaker.
import type { QuoteCandidate } from '../QuoteCandidate.ts';
import type { QuoteContext } from '../QuoteContext.ts';

const AGE = /^the\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old(?:\s+[\p{L}-]+){0,3}$/iu;

export function ageDescription(
  quotes: QuoteCandidate[],
  { mentions, layout: { paragraphs }, quoted }: QuoteContext,
): QuoteCandidate[] {
  return quotes.map((q) => {
    if (q.speaker || !AGE.test(q.speaker_text.trim())) return q;
    const from = paragraphs[Math.max(0, q.paragraph - 1)]?.[0] ?? 0;
    const person = mentions
      .filter((m) => m.person && m.start >= from && m.end <= q.open && !quoted(m.start))
      .filter((m) => !(m.start >= q.start && m.end <= q.end))
      .pop();
    return person ? { ...q, speaker: person.actor_id, attributedBy: 'ageDescription' } : q;
  });
}
