// A person whose family name comes first ("Ban Ki-moon", "Xi Jinping", "Moon Jae-in") is named
// again by that first word alone: "Ban said", "Ban told the council". The first word of a
// codebook person's full name counts as a mention only (a) after the full name in the same
// article, (b) written as a name, and (c) directly followed by a speech verb (an adverb may sit
// between): "The ban on flights" and "Ban Ki-moon's ban" never qualify, and a Western given name
// ("John said") never follows a full name that way in news copy.
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { AliasMatch } from './aliasMatcher.ts';
import { speechLemma } from '../../quotes/lexicon/speechVerbs.ts';

export function familyNameFirst(text: string, names: AliasMatch[], personIds: Set<string>): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const firstFull = new Map<string, { start: number; end: number; word: string }>();
  for (const m of [...names].sort((a, b) => a.start - b.start)) {
    if (!personIds.has(m.entry.actor_id) || firstFull.has(m.entry.actor_id)) continue;
    const surface = text.slice(m.start, m.end);
    const word = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}/u.exec(surface)?.[1];
    if (word) firstFull.set(m.entry.actor_id, { start: m.start, end: m.end, word });
  }
  for (const [actor_id, full] of firstFull) {
    const re = new RegExp(`\\b${full.word}\\b(?=\\s+(?:(?:\\p{Ll}+ly|also|then|later|again|earlier)\\s+)?(\\p{Ll}+))`, 'gu');
    re.lastIndex = full.end;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!speechLemma(m[1]) || names.some((n) => n.start <= m!.index && m!.index < n.end)) continue;
      out.push({ start: m.index, end: m.index + full.word.length, surface: full.word, actor_id, kind: 'name', descriptor: '', parser: 'familyNameFirst' });
    }
  }
  return out;
}
