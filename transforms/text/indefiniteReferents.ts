// An unnamed person introduced by an indefinite description: "a Western diplomat, who spoke on
// condition of anonymity,", "a senior US official said", "one European envoy". It names nobody,
// but it opens a new referent: a later definite description with the same head ("the diplomat
// said", "the official added", "the envoy") refers back to it first, not to a named person who
// carries that label ("Kerry, the top US diplomat"). resolveCoreference uses these spans as
// markers (they are no mentions); the quotes step gives a quote by "the diplomat" the wording of
// the description that introduced him.
import { PERSON_ROLES } from './lexicon/roleNouns.ts';
import { LABEL_ADJECTIVES } from './lexicon/labelAdjectives.ts';
import { DEMONYM_WORDS } from './lexicon/demonyms.ts';
import { speechLemma } from './lexicon/speechVerbs.ts';

export interface IndefiniteReferent {
  start: number;
  end: number;
  head: string;
  surface: string;
}

const DETERMINER = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+/g;
const WORD = /^([\p{L}.-]+)(\s+)?/u;

/** Words after the head that show it is the noun of the phrase ("a diplomat in Geneva", "an official familiar with"). */
const FOLLOWERS = new Set([
  'who',
  'whose',
  'with',
  'in',
  'at',
  'from',
  'close',
  'familiar',
  'speaking',
  'involved',
  'briefed',
  'of',
  'for',
  'on',
  'to',
  'and',
  'or',
  'was',
  'is',
  'has',
  'had',
  'will',
  'would',
  'also',
  'later',
  'then',
  'who',
  'traveling',
  'travelling',
  'based',
]);

/** Nouns used as modifiers of a source: "a senior administration official", "an army officer". */
const NOUN_MODIFIERS = new Set([
  'administration',
  'ministry',
  'embassy',
  'army',
  'regime',
  'police',
  'party',
  'council',
  'department',
  'opposition',
  'rebel',
  'militia',
  'coalition',
  'congressional',
  'western',
  'european',
  'arab',
  'gulf',
  'high-ranking',
  'high-level',
  'well-placed',
]);
const isModifier = (w: string) =>
  LABEL_ADJECTIVES.has(w.toLowerCase()) ||
  NOUN_MODIFIERS.has(w.toLowerCase()) ||
  DEMONYM_WORDS.has(w) ||
  /^\p{Lu}/u.test(w);

/** The head ends the phrase: punctuation, the end, or a word that cannot be the noun it modifies. */
function endsPhrase(after: string): boolean {
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(after);
  if (!next) return !/^\s+\p{Lu}/u.test(after); // "a Syrian official Ahmed ..." would be a name; "a diplomat." ends
  const w = next[1];
  return FOLLOWERS.has(w) || !!speechLemma(w) || /ed$/.test(w);
}

export function indefiniteReferents(text: string, from = 0, to = text.length): IndefiniteReferent[] {
  const out: IndefiniteReferent[] = [];
  DETERMINER.lastIndex = from;
  for (let d = DETERMINER.exec(text); d && d.index < to; d = DETERMINER.exec(text)) {
    // Up to four modifiers, then a singular person role: "a senior US official", "one European envoy".
    // "Salem al-Meslet, a spokesman for the opposition", "Lavrov, a veteran diplomat", "he is a former
    // official": an apposition or a predicate describes someone already there.
    if (
      /(?:,|\b(?:is|was|were|are|as|became|become|being|been|named|appointed|remains|remained))\s*$/.test(
        text.slice(Math.max(0, d.index - 14), d.index),
      )
    )
      continue;
    let at = d.index + d[0].length;
    for (let n = 0; n <= 4; n++) {
      const w = WORD.exec(text.slice(at, at + 40));
      if (!w) break;
      const word = w[1].replace(/\.$/, ''),
        end = at + word.length;
      if (PERSON_ROLES.has(word) && !/s$/.test(word)) {
        if (endsPhrase(text.slice(end, end + 30)))
          out.push({ start: d.index, end, head: word, surface: text.slice(d.index, end) });
        break;
      }
      if (!isModifier(w[1]) || w[2] !== ' ') break;
      at += w[0].length;
    }
  }
  return out;
}
