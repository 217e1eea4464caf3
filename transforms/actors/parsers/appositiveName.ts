// A person named before an apposition that says who they are: "Mikhail Bogdanov, Russia's deputy
// foreign minister,", "Riad Hijab, the head of the opposition's negotiating body", "Ahmad Ramadan,
// a member of the Syrian National Coalition", "Rami Abdulrahman, head of the Observatory,", "Najim
// Laachraoui, a Belgian citizen,", "X, who heads the Y agency,".
import { personNameAt } from '../nameShape.ts';
import { isRoleNoun } from '../../text/lexicon/roleNouns.ts';
import { wordsIn, type Word } from '../../text/words.ts';
import { personSpanOf, type DiscoveredSpan } from './discovered.ts';
import { OCCUPATIONS } from '../refiners/labelWords.ts';

const APPOSITION = /^,\s+(?:the|a|an|his|her|its|their|[\p{Lu}][\p{L}.-]*['\u2019]s)\s+([^,.;:()"\u201c\u201d]{2,80})/u;
/** "Rami Abdulrahman, head of the Observatory,", "Li Wen, Minister of Finance,": a role noun with
 *  "of/for/at" and no determiner, in lower case or as a capitalised title. */
const BARE_ROLE_WORDS = [
  'head',
  'chief',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'founder',
  'commander',
  'chairman',
  'chairwoman',
  'president',
  'secretary-general',
  'coordinator',
  'member',
  'editor',
  'minister',
  'envoy',
  'adviser',
  'advisor',
  'ambassador',
];
// Up to two lower-case words may modify the role ("health minister in the eastern administration"),
// and the phrase after the preposition may be a long body's name.
const BARE_ROLE = new RegExp(
  `^,\\s+((?:[a-z][a-z-]+ ){0,2}(?:${BARE_ROLE_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')}) ` +
    '(?:of|for|at|in) [^,.;:()"\\u201c\\u201d]{2,110})',
  'u',
);
const VERBISH = /^(?:is|was|are|were|has|had|have|will|would|who|which|that|said|says|and|but|as|the|a|an)$/;
/** "Rami Abdulrahman, who heads the Observatory,": an office said with a verb, of a person ("who"). */
const OFFICE_VERB =
  /^,\s+who (?:heads|leads|chairs|directs|commands) (?:the|its|his|her|their|\p{Lu}[\p{L}.-]*['\u2019]s) /u;
const MEMBER = /^(member|head|chief|leader|spokesman|spokeswoman|director|founder|commander|representative|one)\b/;

export function appositiveName(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const span = personNameAt(text, words, i);
    if (!span) continue;
    const last = words[span[1] - 1];
    const after = text[last.end] !== ',' ? '' : text.slice(last.end, last.end + 120);
    const bare = after ? BARE_ROLE.exec(after) : null;
    const m = after
      ? (APPOSITION.exec(after) ?? (bare && !bare[1].split(' ', 2).some((w) => VERBISH.test(w)) ? bare : null))
      : null;
    const phrase = m
      ? wordsIn(m[1])
          .slice(0, 7)
          .map((w) => w.text)
      : [];
    const personNoun = (w: string) => isRoleNoun(w) || OCCUPATIONS.has(w.toLowerCase());
    if ((m && (phrase.some(personNoun) || MEMBER.test(m[1]))) || OFFICE_VERB.test(after)) {
      out.push(personSpanOf(text, words[span[0]], last, 'appositiveName'));
    }
    i = span[1] - 1;
  }
  return out;
}
