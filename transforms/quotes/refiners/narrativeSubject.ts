// A quotation with no attribution that opens a sentence right after a plain narrative sentence of
// the same paragraph is said by that sentence's subject: 'In a long speech, Mr Modi made a pitch
// for consensus. "Our alliance reflects ..."'. News copy lets the sentence before establish the
// speaker (the sequence view of O'Keefe et al.: a quote's speaker follows from what precedes it).
// The subject must be a named person or body that opens the clause (after an opening adverbial),
// and the sentence must hold no quotation of its own, whose speaker would be the nearer cue.
import type { QuoteCandidate } from '../QuoteCandidate.ts';
import type { QuoteContext } from '../QuoteContext.ts';
import { mainSubject } from '../attribution/mainSubject.ts';

/** A verb after the subject, not a copula: "Mr Modi made a pitch", not "Kerry was unmoved". */
const ACTION = /^\s+(?:\p{Ll}+ly\s+)?(?!(?:is|was|are|were|seemed|appeared|remained|became)\b)\p{Ll}+/u;
const LONG_OPENER = /^\s*(?:In|On|At|After|Before|During|Speaking|Addressing|Asked|When|While|Following)\b[^,]{0,200},/;

export function narrativeSubject(quotes: QuoteCandidate[], context: QuoteContext): QuoteCandidate[] {
  const {
    layout: { text, sentences, paragraphs },
    mentions,
    quoted,
  } = context;
  return quotes.map((q) => {
    if (q.kind !== 'direct' || q.speaker || q.speaker_text || q.attributed) return q;
    const i = sentences.findIndex((s) => s.start <= q.open && q.open < s.end);
    const own = sentences[i],
      before = sentences[i - 1];
    const para = paragraphs[q.paragraph];
    if (!own || !before || !para || text.slice(own.start, q.open).trim()) return q;
    if (before.start < para[0] || /["\u201c\u201d]/.test(text.slice(before.start, before.end))) return q;
    // A paragraph that already quoted someone ('"...," Lavrov said. Kerry was unmoved. "..."') leaves it open.
    if (quotes.some((p) => p !== q && p.kind === 'direct' && p.paragraph === q.paragraph && p.open < q.open)) return q;
    // A long opening adverbial ("In a lengthy speech that included ... the opposition, Mr Modi ...") is skipped whole.
    const opener = LONG_OPENER.exec(text.slice(before.start, before.end));
    const region = mainSubject(text, before.start + (opener?.[0].length ?? 0), before.end, mentions, quoted);
    if (!region) return q;
    const subject = mentions
      .filter((m) => m.start >= region[0] && m.end <= region[1])
      .sort((a, b) => a.start - b.start || b.end - a.end)[0];
    // The name opens the clause: only capitalised words (titles, "Mr") and "the" may precede it, and a verb follows.
    const lead = text
      .slice(region[0], subject?.start ?? region[0])
      .replace(/\p{Lu}[\p{L}.'\u2019-]*/gu, '')
      .replace(/\bthe\b/g, '');
    if (!subject || /\p{Ll}/u.test(lead) || !ACTION.test(text.slice(region[1], before.end))) return q;
    return {
      ...q,
      speaker: subject.actor_id,
      speaker_text: text.slice(subject.start, subject.end),
      attributedBy: 'narrativeSubject',
    };
  });
}
