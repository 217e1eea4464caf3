// Two parsers may read the same words ("has killed more than 250,000 people" is a verb and its
// object, and could be read again from the figure): keep the longest reading of overlapping spans,
// the earliest on a tie.
import type { Candidate } from '../Candidate.ts';

export function keepLongest(found: Candidate[]): Candidate[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
