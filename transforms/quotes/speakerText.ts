// The attribution as a reader would quote it: the noun phrase that names the speaker, without
// the words of the sentence before it or the adverbs after it. "but Kerry's spokesman" ->
// "Kerry's spokesman"; "The district attorney also" -> "The district attorney"; "Kerry caved and" -> "Kerry";
// "with Lavrov follows what the top US diplomat" -> "the top US diplomat"; an institution placed by
// its seat keeps the place: "The defense ministry in Moscow".
import { isRoleNoun } from '../text/lexicon/roleNouns.ts';
import { LABEL_ADJECTIVES } from '../text/lexicon/labelAdjectives.ts';
import { ORG_HEADS } from '../text/lexicon/orgNouns.ts';
import { OFFICE_MODIFIERS } from '../text/lexicon/roleOffices.ts';

const TRAILING =
  /(?:\s+(?:also|later|earlier|again|repeatedly|then|had|has|have|was|is|would|will|\w+ly|at\s+the\s+time|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\w+ed\s+and|and|said|says|,))+\s*$/;
/** Heads of institutions ("the defense ministry in Moscow"): the organisation heads of orgNouns. */
const INSTITUTION = new RegExp(
  `^(?:${Object.keys(ORG_HEADS)
    .filter((h) => ORG_HEADS[h] === 'organization')
    .join('|')})$`,
  'i',
);
const DETERMINER = /^(a|an|the|one|two|three|several|some|many|his|her|its|their)$/i;

export function speakerText(phrase: string): string {
  let p = phrase.replace(/\s+/g, ' ').trim();
  for (let prev = ''; prev !== p;) {
    prev = p;
    p = p.replace(TRAILING, '').trim();
  }
  p = p.replace(/[,;:]+$/, '');
  const words = p.split(' ');
  let first = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i],
      bare = w.replace(/['\u2019]s$/, '');
    const fits =
      /^\p{Lu}/u.test(w) ||
      DETERMINER.test(w) ||
      isRoleNoun(bare) ||
      LABEL_ADJECTIVES.has(bare.toLowerCase()) ||
      OFFICE_MODIFIERS.has(bare) ||
      /^(al|de|bin|source|sources|officials?|diplomats?|side)$/i.test(bare) ||
      /^(al|el|ad|as|de|bin)-\p{Lu}/u.test(w) ||
      /^(he|she|they|it)$/i.test(w) ||
      INSTITUTION.test(bare) ||
      (/^(of|for|and)$/.test(w) &&
        i > 0 &&
        (/^\p{Lu}/u.test(words[i - 1]) || isRoleNoun(words[i - 1])) &&
        /^\p{Lu}/u.test(words[i + 1] ?? '')) ||
      (w === 'in' && i > 0 && INSTITUTION.test(words[i - 1]) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
    if (!fits || (/^(But|And|Yet|So|As|While)$/.test(w) && i < words.length - 1)) break;
    first = i;
    if (DETERMINER.test(w)) break;
  }
  return words.slice(first).join(' ') || p;
}
