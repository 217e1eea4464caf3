// "he said", "she added", "they warned", "it said": the pronoun stands for the subject of the
// reporting clause before it. Reads the article in order: a pronoun takes the speaker of the last
// quote (direct or indirect) whose speaker fits it (a person for he/she, anyone for they/it),
// else the first person named in the sentence before it ("Speaking to NBC News in Damascus,
// Assad insisted Putin and Lavrov had never raised..." makes "he" Assad, not Lavrov).
import type { QuoteCandidate } from '../QuoteCandidate.ts';
import type { QuoteContext } from '../QuoteContext.ts';

export function pronounSpeaker(
  quotes: QuoteCandidate[],
  { mentions, layout: { sentences }, quoted }: QuoteContext,
): QuoteCandidate[] {
  const personIds = new Set(mentions.filter((m) => m.person).map((m) => m.actor_id));
  const out: QuoteCandidate[] = [];
  for (const q of [...quotes].sort((a, b) => a.open - b.open)) {
    if (q.speaker || !/^(he|she|they|it)$/i.test(q.speaker_text)) {
      out.push(q);
      continue;
    }
    const wantsPerson = /^(he|she)$/i.test(q.speaker_text);
    // A person named earlier in the same sentence, outside quotation marks, is the nearest antecedent.
    const own = sentences.find((s) => s.start <= q.open && q.open <= s.end);
    const sameSentence =
      own &&
      mentions.find(
        (m) =>
          m.start >= own.start &&
          m.end <= q.open &&
          !quoted(m.start) &&
          (!wantsPerson || m.person) &&
          !(q.kind === 'indirect' && m.start >= q.start),
      );
    if (sameSentence && q.kind === 'indirect') {
      out.push({ ...q, speaker: sameSentence.actor_id, attributedBy: 'pronounSpeaker' });
      continue;
    }
    // "the Observatory reported calm ..., though it said there had been "a few violations"": a pronoun
    // before the quote, in the sentence that named its antecedent; "it" stands for a group, not a person.
    const antecedent =
      own &&
      /^(it|they)$/i.test(q.speaker_text) &&
      mentions.find((m) => m.start >= own.start && m.end <= q.open && !quoted(m.start) && !m.person);
    if (antecedent && q.kind === 'direct') {
      out.push({ ...q, speaker: antecedent.actor_id, attributedBy: 'pronounSpeaker' });
      continue;
    }
    const previous = [...out]
      .reverse()
      .find((p) => p.speaker && (!wantsPerson || personIds.has(p.speaker)) && p.open < q.open);
    const idx = sentences.findIndex((s) => s.start <= q.open && q.open < s.end + 1);
    const prevSentence = idx > 0 ? sentences[idx - 1] : undefined;
    const subject =
      prevSentence &&
      mentions.find(
        (m) =>
          m.start >= prevSentence.start && m.end <= prevSentence.end && !quoted(m.start) && (!wantsPerson || m.person),
      );
    // The nearer of the two: a quote in the previous sentences wins over an older subject.
    const fromQuote = previous && (!subject || previous.open >= (prevSentence?.start ?? 0)) ? previous.speaker : '';
    const speaker = fromQuote || subject?.actor_id || previous?.speaker || '';
    out.push({ ...q, speaker, attributedBy: 'pronounSpeaker' });
  }
  return out;
}
