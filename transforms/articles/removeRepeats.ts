// Lines a page shows twice: the headline repeated above the standfirst, a teaser that repeats the
// start of a body sentence, and pull quotes (a sentence of the body set large, often followed by
// an attribution line "- John Kerry"). The body keeps its own copy; the repeat goes, so that no
// quote, figure or mention is counted twice.
import type { Line } from './blocks.ts';
import { lineTokens } from './lineTokens.ts';

/** Shortest line that counts as a repeat of part of another line (shorter ones may just coincide). */
const MIN_WORDS = 6;
/** Pull quotes are short; longer lines are never looked for inside others. */
const MAX_WORDS = 60;
/** A name above the headline is this short; the headline is then the second line. */
const NAME_WORDS = 4;

export function removeRepeats(lines: readonly Line[]): Line[] {
  // Lines are compared by their words' hashes (lineTokens.ts); only lines whose hashes agree are
  // compared as text, as ` ${words.join(' ')} `.
  const { start, hashes } = lineTokens(lines.map((l) => l.text));
  const count = (i: number) => start[i + 1] - start[i];
  const padded: (string | undefined)[] = [];
  const paddedOf = (i: number) => (padded[i] ??= ` ${words(lines[i].text).join(' ')} `);
  const sameWords = (i: number, j: number) => {
    if (count(i) !== count(j)) return false;
    for (let k = 0; k < count(i); k++) if (hashes[start[i] + k] !== hashes[start[j] + k]) return false;
    return paddedOf(i) === paddedOf(j);
  };
  /** The words of line i run, in order, somewhere in line j. */
  const inside = (i: number, j: number) => {
    const n = count(i);
    for (let at = start[j]; at + n <= start[j + 1]; at++) {
      let k = 0;
      while (k < n && hashes[at + k] === hashes[start[i] + k]) k++;
      if (k === n) return paddedOf(j).includes(paddedOf(i));
    }
    return false;
  };
  const drop = new Set<number>();
  // The headline may well be restated in the body: the first line, or the second under an outlet's name.
  const isHeadlineCandidate = (i: number) => i === 0 || (i === 1 && count(0) <= NAME_WORDS);
  const earlierCopy = (i: number) => {
    for (let j = 0; j < i; j++) if (!drop.has(j) && sameWords(j, i)) return true;
    return false;
  };
  const insideAnother = (i: number) => {
    for (let j = 0; j < lines.length; j++)
      if (j !== i && count(j) > count(i) && !drop.has(j) && inside(i, j)) return true;
    return false;
  };
  for (let i = 0; i < lines.length; i++) {
    const n = count(i);
    if (n === 0) continue;
    if (n >= 3 && earlierCopy(i)) {
      drop.add(i);
      continue;
    }
    if (isHeadlineCandidate(i) || n < MIN_WORDS || n > MAX_WORDS || !insideAnother(i)) continue;
    drop.add(i);
    if (i + 1 < lines.length && isAttribution(lines[i + 1].text)) drop.add(i + 1);
  }
  return lines.filter((_, i) => !drop.has(i));
}

/** "- John Kerry", "— Sergei Lavrov, Russian Foreign Minister": the signature under a pull quote. */
export function isAttribution(line: string): boolean {
  return /^[-\u2013\u2014\u2015~]\s*\p{Lu}[\p{L}.'\u2019-]*(\s+\p{Lu}[\p{L}.'\u2019-]*){0,4}(,\s*[^.!?]{1,60})?$/u.test(
    line.trim(),
  );
}

export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  );
}
