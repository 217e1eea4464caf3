// A condition put as a refusal until something happens: "Friday's talks should not take place
// until the blacklist is agreed", "the opposition will not attend until the sieges are lifted".
import type { Candidate } from '../Candidate.ts';

const PATTERN = /\b(?:should|must|would|will|could|can)\s*(?:not|n['\u2019]t)\b[^.;]{0,60}?\b(until|unless)\b/i;

export function notUntil(sentence: string): Candidate[] {
  const m = PATTERN.exec(sentence);
  if (!m) return [];
  const at = (m.index ?? 0) + m[0].length - m[1].length;
  return [{ cue: m[1], cueStart: at, cueEnd: at + m[1].length, type: 'condition', parser: 'notUntil' }];
}
