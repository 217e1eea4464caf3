// Page furniture out of the article, in three passes: lines that are furniture wherever they
// stand (advertisement and share labels, reading times, link labels, follow-us calls, copyright),
// tag lists (not in the first lines, where an all-capitals headline may sit), then repeats
// (the headline printed twice, teasers and pull quotes with their attribution).
import type { Line } from './blocks.ts';
import { isFurnitureLine } from './isFurnitureLine.ts';
import { isTagLine } from './isTagLine.ts';
import { removeRepeats } from './removeRepeats.ts';

/** Lines at the top that may be an all-capitals headline rather than a tag list. */
const HEADLINE_ZONE = 3;

export function removeFurniture(lines: readonly Line[]): Line[] {
  const kept = lines.filter((l) => !isFurnitureLine(l.text));
  const untagged = kept.filter((l, i) => i < HEADLINE_ZONE || !isTagLine(l.text));
  return removeRepeats(untagged);
}
