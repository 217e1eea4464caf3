// A person whose family name comes first ("Ban Ki-moon", "Xi Jinping", "Moon Jae-in") is named
// again by that first word alone: "Ban said", "Ban welcomed the vote", "Ban's spokesman", "Ban,
// speaking in New York, said". The first word of a codebook person's full name counts as a mention
// (or a discovered person's) only (a) after the full name in the same article, (b) written as a name (case as written), and
// (c) used as a name is used: possessive, followed by a participle or relative clause in commas,
// or followed by a verb (an adverb may sit between). At a sentence start, where every word is
// capitalised, the verb must be a past tense or a speech verb ("Ban welcomed", "Ban told"), so
// "Ban on arms sales ..." is the noun; "the ban on flights" and "a ban" are lower case and never
// qualify. People whose codebook aliases include their last name alone ("Kerry" for John Kerry)
// are named by it, so their first name is never taken for a family name.
import type { MentionCandidate } from '../MentionCandidate.ts';
import { speechLemma } from '../../text/lexicon/speechVerbs.ts';
import type { MentionContext } from '../MentionContext.ts';
import type { AliasMatch } from './aliasMatcher.ts';

const ADVERB = /^(?:\p{Ll}+ly|also|then|later|again|earlier|still|once|never|not|too)$/u;
const IRREGULAR_PAST = new Set([
  'said',
  'told',
  'met',
  'spoke',
  'made',
  'took',
  'gave',
  'went',
  'left',
  'came',
  'saw',
  'sent',
  'held',
  'wrote',
  'got',
  'put',
  'set',
  'led',
  'brought',
  'began',
  'thought',
  'felt',
  'kept',
  'found',
  'sought',
  'flew',
  'drew',
  'struck',
  'stood',
  'won',
  'lost',
  'read',
]);
const AUXILIARY = new Set([
  'has',
  'had',
  'have',
  'was',
  'is',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'did',
  'does',
]);

const isPast = (w: string) => IRREGULAR_PAST.has(w) || /^\p{Ll}{2,}ed$/u.test(w);
/** A present-tense verb after a name: "calls", "urges", "says"; not "news" or a plural of "-ss". */
const isPresent = (w: string) => /^\p{Ll}{2,}[^s']s$/u.test(w);

/** At a sentence start: the text before is empty, a sentence end, a line break or an opening quote. */
const atSentenceStart = (text: string, at: number) =>
  /(?:^|[.!?]["\u201d\u2019']?\s+|\n\s*|["\u201c\u2018]\s*)$/.test(text.slice(Math.max(0, at - 4), at));

function usedAsName(text: string, end: number, sentenceStart: boolean): boolean {
  const after = text.slice(end, end + 60);
  if (/^['\u2019]s\s/.test(after)) return true; // "Ban's spokesman"
  if (/^,\s+(?:\p{Ll}+ing|who)\b/u.test(after)) return true; // "Ban, speaking in New York, said"
  const words = after.match(/^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u);
  if (!words) return false;
  const verb = ADVERB.test(words[1]) && words[2] ? words[2] : words[1];
  if (speechLemma(verb) || isPast(verb)) return true;
  return !sentenceStart && (AUXILIARY.has(verb) || isPresent(verb));
}

/** bySurname: people the codebook lists with their last name alone as an alias. */
export function familyNameFirst({
  text,
  names: codebookNames,
  discoveredMatches,
  persons: personIds,
  bySurname,
}: MentionContext): MentionCandidate[] {
  // Discovered people too ("Kim said" after "North Korean leader Kim Jong Un"), with their short forms.
  const names = [...codebookNames, ...discoveredMatches];
  const out: MentionCandidate[] = [];
  const firstFull = new Map<string, { start: number; end: number; word: string }>();
  const namedBySurname = new Set(bySurname);
  // Named by a last name alone: a one-word alias found on its own, not inside the full name
  // ("Jinping" inside "Xi Jinping" says nothing of how the text names him again).
  const inside = (m: AliasMatch) =>
    names.some((n) => n !== m && n.entry.actor_id === m.entry.actor_id && n.start <= m.start && m.end <= n.end);
  for (const m of names) {
    if (m.entry.kind === 'alias' && personIds.has(m.entry.actor_id) && !/\s/.test(m.entry.alias) && !inside(m))
      namedBySurname.add(m.entry.actor_id);
  }
  for (const m of [...names].sort((a, b) => a.start - b.start)) {
    if (!personIds.has(m.entry.actor_id) || firstFull.has(m.entry.actor_id)) continue;
    const surface = text.slice(m.start, m.end);
    const word = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}/u.exec(surface)?.[1];
    if (word) firstFull.set(m.entry.actor_id, { start: m.start, end: m.end, word });
  }
  for (const [actor_id, full] of firstFull) {
    if (namedBySurname.has(actor_id)) continue;
    const re = new RegExp(`\\b${full.word}\\b`, 'gu');
    re.lastIndex = full.end;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + full.word.length;
      if (names.some((n) => n.start <= m!.index && m!.index < n.end) || /^[-\u2011]/.test(text.slice(end, end + 1)))
        continue;
      if (!usedAsName(text, end, atSentenceStart(text, m.index))) continue;
      out.push({
        start: m.index,
        end,
        surface: full.word,
        actor_id,
        kind: 'name',
        descriptor: '',
        parser: 'familyNameFirst',
      });
    }
  }
  return out;
}
