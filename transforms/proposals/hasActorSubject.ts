// Whether the words right before `at` are an actor as grammatical subject: a mention of the
// codebook ("Moscow was ready to", "Kerry and de Mistura want to") or a pronoun that stands for
// one ("he hoped to", "it wants"). Guards cues that are proposals only in an actor's mouth
// ("ready to", "want to", "hoped to"): "aid trucks were ready to cross" proposes nothing.
import type { SentenceMention } from './Candidate.ts';

const AUX =
  /^(?:['\u2019]s\s+(?:government|leaders?|officials?|forces|side)\s*)?[\s,]*(?:(?:has|have|had|is|was|were|are|would|will|also|now|still|long|always|repeatedly|again|said|says|it|they|itself|been)\s+)*$/i;
const PRONOUN =
  /\b(?:he|she|they|it|we)\s+(?:(?:has|have|had|is|was|were|are|would|will|also|now|still|said|says)\s+)*$/i;

export function hasActorSubject(sentence: string, at: number, mentions: SentenceMention[]): boolean {
  const before = sentence.slice(0, at);
  if (PRONOUN.test(before)) return true;
  const last = mentions.filter((m) => m.end <= at && !m.media).at(-1);
  return !!last && at - last.end <= 40 && AUX.test(sentence.slice(last.end, at));
}
