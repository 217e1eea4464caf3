// A quotation that opens a paragraph with no attribution of its own continues the speaker of the
// quote just before it, in the previous paragraph ("The secretary expressed concern...," Kirby
// told reporters. / "The two also discussed..."). Only direct quotes pass the speaker on.
import type { QuoteCandidate } from '../QuoteCandidate.ts';

export function continuation<T extends QuoteCandidate & { attributed: boolean }>(quotes: T[], text: string, paragraphs: [number, number][]): T[] {
  const out: T[] = [];
  for (const q of [...quotes].sort((a, b) => a.open - b.open)) {
    const opensParagraph = q.kind === 'direct' && !q.attributed && paragraphs[q.paragraph] && !text.slice(paragraphs[q.paragraph][0], q.open).trim();
    const previous = [...out].reverse().find((p) => p.kind === 'direct' && p.paragraph < q.paragraph);
    if (opensParagraph && previous && previous.paragraph === q.paragraph - 1 && (previous.speaker || previous.speaker_text)) {
      out.push({ ...q, speaker: previous.speaker, speaker_text: previous.speaker_text, verb: previous.verb, parser: 'continuation' });
    } else out.push(q);
  }
  return out;
}
