// A figure inside a figure: "at least 58 people, including 13 children, were killed", "killing 12
// civilians, among them three children". The included figure is its own row, of the same kind,
// found in the figure's span or just after it. The included people may go unnamed when what
// follows says who they are: "2,059 were wounded, including 1,404 in critical condition", "Eleven
// suspects, including four said to have been directly involved, have been arrested".
import { AMOUNT, amountValue } from '../amount.ts';
import { QUALIFIER, qualifierOf } from '../qualifier.ts';
import { VICTIMS } from '../victims.ts';
import type { Candidate } from '../Candidate.ts';

/** An included figure with no people noun: a state or a clause about them follows. */
const UNNAMED =
  '(?=\\s+(?:in\\s+(?:a\\s+)?(?:critical|serious|stable|grave)\\s+condition|(?:critically|seriously|badly|gravely)\\s+\\w+|said\\s+to|believed\\s+to|thought\\s+to|reported\\s+to|who)\\b)';
const INCLUDED = new RegExp(
  `\\b(?:including|among\\s+them|among\\s+whom|of\\s+whom|of\\s+them)\\s+((?:${QUALIFIER}\\s+)?(${AMOUNT}))(?:\\s+(${VICTIMS})|${UNNAMED})`,
  'gid',
);
/** How far after a figure its "including" may open: ", including", " - among them". */
const REACH = 4;
const AFTER = 100;

export function includedFigures(sentence: string, found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of found) {
    // The figure's span, and what follows it in its sentence ("killing 12, including three children").
    const scope = sentence.slice(c.start, c.end + AFTER).replace(/[.;:](?!\d).*$/s, '');
    for (const m of scope.matchAll(INCLUDED)) {
      if (c.start + (m.index ?? 0) > c.end + REACH) continue;
      const figure = amountValue(m[2]);
      if (figure === null || figure >= c.figure) continue;
      const start = c.start + m.indices![1]![0];
      const end = m.indices![3] ? c.start + m.indices![3][1] : c.start + m.indices![1]![1];
      if (found.some((f) => f.start === start) || extra.some((f) => f.start === start)) continue;
      const qualifier = qualifierOf(m[1].slice(0, m[1].length - m[2].length));
      extra.push({ start, end, figure, qualifier, kind: c.kind, victims: m[3] ?? '', parser: 'includedFigures' });
    }
  }
  return [...found, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}
