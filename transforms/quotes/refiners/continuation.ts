// A quotation that opens a paragraph with no attribution of its own continues the speaker of the
// quote just before it, in the previous paragraph ("The secretary expressed concern...," Kirby
// told reporters. / "The two also discussed..."). A paragraph that is nothing but a quotation
// also continues a paraphrase that ends the paragraph before it ("Kerry said the deal could hold
// if both sides complied. / "This is the last chance..."): copy gives the quote to the one just
// reported. Within a paragraph, only direct quotes pass the speaker on. A wire credit after the
// closing mark ("REUTERS") leaves the paragraph a quote.
import type { QuoteCandidate } from '../QuoteCandidate.ts';
import type { SentenceSpan } from '../../text/ArticleText.ts';
import type { QuoteContext } from '../QuoteContext.ts';

/** A wire credit that closes the story's last paragraph: "... stones." REUTERS, "- AFP", "AP/dpa". */
const WIRE_CREDIT =
  /\s(?:[-\u2013\u2014]\s*)?(?:\p{Lu}{2,}|\p{Lu}\p{Ll}*\/\p{Lu}\p{Ll}*)(?:\s*[/,]\s*\p{Lu}{2,})*\s*$/u;

/** The sentence that opens at `open` comes right after the one holding `close`. */
function nextSentence(sentences: SentenceSpan[], close: number, open: number): boolean {
  const i = sentences.findIndex((s) => s.start <= close && close < s.end);
  const next = sentences[i + 1];
  return i >= 0 && !!next && next.start <= open && open < next.end && next.start >= close;
}

/** '"... must die?" Canepa said in a statement. "Although ..."': the sentence between is the previous quote's attribution. */
function afterAttribution(text: string, sentences: SentenceSpan[], previous: QuoteCandidate, open: number): boolean {
  if (!previous.attributedAfter || previous.close < 0) return false;
  const i = sentences.findIndex((s) => s.start <= previous.close && previous.close < s.end);
  // The previous quote ends its sentence ('"... must die?"'), so the sentence after it is the attribution.
  if (i < 0 || /[\p{L}\d]/u.test(text.slice(previous.close + 1, sentences[i].end))) return false;
  const next = sentences[i + 2];
  return (
    i >= 0 && !!next && next.start <= open && open < next.end && sentences[i + 1].end - sentences[i + 1].start <= 160
  );
}

export function continuation(
  quotes: QuoteCandidate[],
  { layout: { text, paragraphs, sentences } }: QuoteContext,
): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
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
      (/^[^"\u201c\u201d\u2018]*[.!?]\s*$/.test(gap) ||
        (previous.close < 0 && !gap.trim() && /[.!?]$/.test(text.slice(previous.start, previous.end)))) &&
      (sentences.length
        ? nextSentence(sentences, previous.close < 0 ? previous.end - 1 : previous.close, q.open) ||
          afterAttribution(text, sentences, previous, q.open)
        : gap.length <= 60);
    // The last report before the quote, direct or indirect, when it is the last one of the previous paragraph.
    const lastReport = [...out].reverse().find((p) => p.open < q.open);
    const wholeParagraph =
      opensParagraph &&
      q.close >= 0 &&
      !text
        .slice(q.close + 1, para[1])
        .replace(WIRE_CREDIT, '')
        .replace(/[\s.,!?'"\u2019\u201d]/g, '');
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
        attributedBy: 'continuation',
      });
    } else out.push(q);
  }
  return out;
}
