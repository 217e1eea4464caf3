// Figures listed place by place after a figure of theirs: "caused 1,293 deaths in Al Haouz, 452 in
// Taroudant and 41 in Ouarzazate", "12 people died in Homs and three in Hama". Each later figure is
// a row of the first one's kind and people; the list must follow the figure without a break, and
// each place be a name ("three in the morning" is no place, "2016 in Aleppo" a year).
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import type { Candidate } from '../Candidate.ts';

const PLACE = String.raw`(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}`;
/** The first figure's own place, if its span does not hold it. */
const OWN_PLACE = new RegExp(String.raw`^\s+in\s+${PLACE}`);
// Case counts: a place is a name. (A qualifier mid-sentence is lower case.)
const NEXT = new RegExp(String.raw`^(?:,|,?\s+and)\s+((?:${QUALIFIER}\s+)?(${AMOUNT})\s+in\s+${PLACE})`, 'd');
const YEAR = /^(?:1[89]|20)\d\d$/;

export function placeFigures(sentence: string, found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of found) {
    let at = c.end;
    const own = OWN_PLACE.exec(sentence.slice(at));
    if (!own && !/\sin\s+\S+$/.test(sentence.slice(c.start, c.end))) continue;
    if (own) at += own[0].length;
    for (let m = NEXT.exec(sentence.slice(at)); m; m = NEXT.exec(sentence.slice(at))) {
      const figure = amountValue(m[2]);
      if (figure === null || YEAR.test(m[2])) break;
      const start = at + m.indices![1]![0];
      const end = at + m[0].length;
      const qualifier = qualifierOf(m[1].slice(0, m.indices![2]![0] - m.indices![1]![0]));
      if (!found.some((f) => f.start < end && start < f.end)) {
        extra.push({ start, end, figure, qualifier, kind: c.kind, victims: c.victims, parser: 'placeFigures' });
      }
      at = end;
    }
  }
  return [...found, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}
