// Lines a page shows twice: the headline repeated above the standfirst, a teaser that repeats the
// start of a body sentence, and pull quotes (a sentence of the body set large, often followed by
// an attribution line "- John Kerry"). The body keeps its own copy; the repeat goes, so that no
// quote, figure or mention is counted twice.
import type { Line } from './blocks.ts';

/** Shortest line that counts as a repeat of part of another line (shorter ones may just coincide). */
const MIN_WORDS = 6;
/** Pull quotes are short; longer lines are never looked for inside others. */
const MAX_WORDS = 60;
/** A name above the headline is this short; the headline is then the second line. */
const NAME_WORDS = 4;

export function removeRepeats(lines: readonly Line[]): Line[] {
  const tokens = lines.map((l) => words(l.text));
  const padded = tokens.map((t) => ` ${t.join(' ')} `);
  const drop = new Set<number>();
  // The headline may well be restated in the body: the first line, or the second under an outlet's name.
  const isHeadlineCandidate = (i: number) => i === 0 || (i === 1 && tokens[0].length <= NAME_WORDS);
  lines.forEach((_, i) => {
    const n = tokens[i].length;
    if (n === 0) return;
    const earlierCopy = padded.findIndex((p, j) => j < i && !drop.has(j) && p === padded[i]);
    if (earlierCopy >= 0 && n >= 3) {
      drop.add(i);
      return;
    }
    if (isHeadlineCandidate(i) || n < MIN_WORDS || n > MAX_WORDS) return;
    const inside = padded.some((p, j) => j !== i && tokens[j].length > n && !drop.has(j) && p.includes(padded[i]));
    if (!inside) return;
    drop.add(i);
    if (i + 1 < lines.length && isAttribution(lines[i + 1].text)) drop.add(i + 1);
  });
  return lines.filter((_, i) => !drop.has(i));
}

/** "- John Kerry", "— Sergei Lavrov, Russian Foreign Minister": the signature under a pull quote. */
export function isAttribution(line: string): boolean {
  return /^[-\u2013\u2014\u2015~]\s*\p{Lu}[\p{L}.'\u2019-]*(\s+\p{Lu}[\p{L}.'\u2019-]*){0,4}(,\s*[^.!?]{1,60})?$/u.test(
    line.trim(),
  );
}

function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  );
}
