// A commitment in the speaker's own words, attributed in the same sentence: the first quotation
// whose inner text matches a pattern and whose words outside it (the side after the quotation, or
// before it when that side is longer) hold a verb of saying and a named actor (not a medium). The
// quoted parsers (quotedPledge, pledged's vows) differ only in what they look for inside.
import type { ParseContext } from './Candidate.ts';

const QUOTE = /"([^"]+)"|\u201c([^\u201d]+)\u201d/g;

export interface AttributedQuote {
  /** The pattern's match in the quotation's inner text. */
  match: RegExpExecArray;
  inner: string;
  /** Offset of the opening quotation mark. */
  open: number;
  /** The attribution: the words outside the quotation. */
  span: [number, number];
}

export function attributedQuote(
  raw: string,
  pattern: RegExp,
  says: RegExp,
  mentions: ParseContext['mentions'],
): AttributedQuote | null {
  for (const q of raw.matchAll(QUOTE)) {
    const inner = q[1] ?? q[2];
    const match = pattern.exec(inner);
    if (!match) continue;
    const open = q.index ?? 0,
      close = open + q[0].length;
    const span: [number, number] = open > raw.length - close ? [0, open] : [close, raw.length];
    if (!says.test(raw.slice(span[0], span[1]))) continue;
    if (!mentions.some((x) => !x.media && x.start >= span[0] && x.end <= span[1])) continue;
    return { match, inner, open, span };
  }
  return null;
}
