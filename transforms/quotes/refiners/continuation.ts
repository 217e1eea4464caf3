// A quotation that opens a paragraph with no attribution of its own continues the speaker of the
// quote just before it, in the previous paragraph ("The secretary expressed concern...," Kirby
// told reporters. / "The two also discussed..."). Only direct quotes pass the speaker on.
import type { QuoteCandidate } from '../QuoteCandidate.ts';

export function continuation<T extends QuoteCandidate & { attributed: boolean }>(quotes: T[], text: string, paragraphs: [number, number][]): T[] {
  const out: T[] = [];
  for (const q of [...quotes].sort((a, b) => a.open - b.open)) {
    // Opens its paragraph, or opens a sentence right after the previous quote's sentence ('"We are not
    // there yet," Kerry said. "There are still some issues..."').
    const opensParagraph = q.kind === 'direct' && !q.attributed && paragraphs[q.paragraph] && !text.slice(paragraphs[q.paragraph][0], q.open).trim();
    const previous = [...out].reverse().find((p) => p.kind === 'direct' && p.open < q.open);
    const followsInParagraph = q.kind === 'direct' && !q.attributed && previous && previous.paragraph === q.paragraph
      && /^[^"\u201c\u201d\u2018]{0,60}[.!?]\s*$/.test(text.slice(previous.close < 0 ? previous.end : previous.close + 1, q.open));
    if ((opensParagraph && previous && previous.paragraph === q.paragraph - 1 || followsInParagraph) && previous && (previous.speaker || previous.speaker_text)) {
      out.push({ ...q, speaker: previous.speaker, speaker_text: previous.speaker_text, verb: previous.verb, parser: 'continuation' });
    } else out.push(q);
  }
  return out;
}
