// A quotation that opens a paragraph with no attribution of its own continues the speaker of the
// quote just before it, in the previous paragraph ("The secretary expressed concern...," Kirby
// told reporters. / "The two also discussed..."). A paragraph that is nothing but a quotation
// also continues a paraphrase that ends the paragraph before it ("Kerry said the deal could hold
// if both sides complied. / "This is the last chance..."): copy gives the quote to the one just
// reported. Within a paragraph, only direct quotes pass the speaker on.
import type { QuoteCandidate } from '../QuoteCandidate.ts';
import type { SentenceSpan } from '../../actors/ArticleLayout.ts';

/** The sentence that opens at `open` comes right after the one holding `close`. */
function nextSentence(sentences: SentenceSpan[], close: number, open: number): boolean {
  const i = sentences.findIndex((s) => s.start <= close && close < s.end);
  const next = sentences[i + 1];
  return i >= 0 && !!next && next.start <= open && open < next.end && next.start >= close;
}

export function continuation<T extends QuoteCandidate & { attributed: boolean }>(
  quotes: T[],
  text: string,
  paragraphs: [number, number][],
  sentences: SentenceSpan[] = [],
): T[] {
  const out: T[] = [];
  for (const q of [...quotes].sort((a, b) => a.open - b.open)) {
    // Opens its paragraph, or opens a sentence right after the previous quote's sentence ('"We are not
    // there yet," Kerry said. "There are still some issues..."').
    const para = paragraphs[q.paragraph];
    const opensParagraph = q.kind === 'direct' && !q.attributed && para && !text.slice(para[0], q.open).trim();
    const previous = [...out].reverse().find((p) => p.kind === 'direct' && p.open < q.open);
    // The words between are the previous quote's attribution, however long ('"They are testing us," Riad Hijab, the HNC
    // coordinator, told Al Jazeera from Riyadh. "We are committed..."'): the new quote opens the very next sentence.
    const gap = previous ? text.slice(previous.close < 0 ? previous.end : previous.close + 1, q.open) : '';
    const followsInParagraph =
      q.kind === 'direct' &&
      !q.attributed &&
      previous &&
      previous.paragraph === q.paragraph &&
      /^[^"\u201c\u201d\u2018]*[.!?]\s*$/.test(gap) &&
      (sentences.length
        ? nextSentence(sentences, previous.close < 0 ? previous.end : previous.close, q.open)
        : gap.length <= 60);
    // The last report before the quote, direct or indirect, when it is the last one of the previous paragraph.
    const lastReport = [...out].reverse().find((p) => p.open < q.open);
    const wholeParagraph =
      opensParagraph && q.close >= 0 && !text.slice(q.close + 1, para[1]).replace(/[\s.,!?'"\u2019\u201d]/g, '');
    const paraphrased =
      wholeParagraph &&
      lastReport?.kind === 'indirect' &&
      lastReport.paragraph === q.paragraph - 1 &&
      !text.slice(lastReport.end, paragraphs[lastReport.paragraph][1]).replace(/[\s.,!?]/g, '');
    const source = paraphrased
      ? lastReport
      : (opensParagraph && previous && previous.paragraph === q.paragraph - 1) || followsInParagraph
        ? previous
        : undefined;
    if (source && (source.speaker || source.speaker_text)) {
      out.push({
        ...q,
        speaker: source.speaker,
        speaker_text: source.speaker_text,
        verb: source.verb,
        parser: 'continuation',
      });
    } else out.push(q);
  }
  return out;
}
