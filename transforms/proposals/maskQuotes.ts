// The sentence with the words inside quotation marks blanked out (same length, so offsets hold):
// what a speaker says in quotes is a quote, not the outlet's report of a proposal ("We agreed on
// the need for a target date," Kerry said). Short quoted labels inside a clause ("a 'regime of
// calm'", "explore 'initiatives'") are blanked too: they are not cues. Quotation marks are the
// text layer's (quotedSpans); a closing mark that opens the sentence ends a quotation begun in
// the sentence before. Kept: a label of one to three words that is the object of a preposition or
// an article ("calling for "restraint"", "a "special status" for the rebel-held areas"): the
// outlet's words around it state the proposal, and the label is what is proposed.
import { quotedSpans } from '../text/quotedSpans.ts';

export function maskQuotes(sentence: string): string {
  let out = sentence;
  const spans = quotedSpans(sentence).filter((q) => q.mark === 'double');
  const carried = /^[^\u201c]*\u201d/.exec(sentence);
  if (carried && !spans.some((q) => q.open < carried[0].length)) out = blanked(out, 1, carried[0].length - 1);
  for (const q of spans)
    if (!objectLabel(sentence, q.open, q.close))
      out = blanked(out, q.open + 1, q.close < 0 ? sentence.length - 1 : q.close);
  return out;
}

/** text[from, to) as spaces (a function of its own: no closure made for every sentence). */
function blanked(text: string, from: number, to: number): string {
  return to > from ? text.slice(0, from) + ' '.repeat(to - from) + text.slice(to) : text;
}

/** Words that make a quoted label right after them a noun phrase of the sentence. */
const BEFORE_LABEL = /\b(?:for|of|a|an|the)\s*$/i;
const LABEL = /^[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}$/;

function objectLabel(sentence: string, open: number, close: number): boolean {
  return close > open && BEFORE_LABEL.test(sentence.slice(0, open)) && LABEL.test(sentence.slice(open + 1, close));
}
