// Whether a full stop after a word ends the sentence. Intl.Segmenter ends a sentence at every
// full stop followed by a capital, so "Mr. Smith", "Gen. Smith", "John F. Kennedy" and "the U.S.
// Defense Secretary" come out split. Three kinds of abbreviation:
//   titles and the like, which never end a sentence ("Mr.", "Dr.", "Gen.", "St.", "vs.");
//   abbreviations that stand before a number ("No. 2", "Dec. 15", "Art. 5"), which end one
//     only when no number follows;
//   abbreviations that often end a sentence ("U.S.", "a.m.", "Inc.", "etc.", initials): the
//     sentence ends there only when the next word is one that starts sentences ("The", "He",
//     "But", an opening quote...). "in the U.S. The next day" splits, "the U.S. Defense
//     Secretary" does not.

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'brig',
  'sen',
  'rep',
  'gov',
  'prof',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'st',
  'ste',
  'mt',
  'ft',
  'fr',
  'vs',
  'v',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'dept',
  'univ',
  'ave',
  'blvd',
  'sheikh',
]);
const BEFORE_NUMBER = new Set([
  'no',
  'nos',
  'art',
  'fig',
  'vol',
  'p',
  'pp',
  'ch',
  'sec',
  'para',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const OFTEN_FINAL = new Set(['inc', 'co', 'corp', 'ltd', 'plc', 'llc', 'jr', 'sr', 'etc', 'bros', 'govt', 'intl']);

/** Words that begin sentences far more often than they continue a name after an abbreviation. */
const STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'as',
  'after',
  'before',
  'when',
  'while',
  'since',
  'if',
  'although',
  'though',
  'meanwhile',
  'however',
  'moreover',
  'also',
  'still',
  'then',
  'now',
  'some',
  'many',
  'most',
  'several',
  'one',
  'two',
  'three',
  'both',
  'all',
  'no',
  'not',
  'other',
  'another',
  'earlier',
  'later',
  'last',
  'during',
  'for',
  'from',
  'with',
  'without',
  'by',
  'under',
  'despite',
  'according',
  'what',
  'who',
  'why',
  'how',
  'such',
  'officials',
  'asked',
  'speaking',
]);

export type AbbreviationKind = 'title' | 'before-number' | 'often-final';

/** The kind of abbreviation `word` (written with its final full stop) is, or null for an ordinary word. */
export function abbreviationKind(word: string): AbbreviationKind | null {
  if (!word.endsWith('.')) return null;
  const bare = word.slice(0, -1);
  const key = bare.toLowerCase();
  if (/^\p{Lu}$/u.test(bare)) return 'often-final'; // an initial: "John F. Kennedy", but "Plan B. The..."
  if (TITLES.has(key)) return 'title';
  if (BEFORE_NUMBER.has(key)) return 'before-number';
  if (OFTEN_FINAL.has(key)) return 'often-final';
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return 'often-final'; // U.S., U.N., a.m., p.m., D.C.
  return null;
}

/** Whether the full stop of `word` ends the sentence, given the text that follows it. */
export function endsSentence(word: string, following: string): boolean {
  const kind = abbreviationKind(word);
  if (kind === null) return true;
  if (kind === 'title') return false;
  const next = /^["'\u201c\u2018(\[]?([\p{L}\p{N}]+)/u.exec(following.trimStart());
  if (!next) return true;
  if (kind === 'before-number') return !/^\p{N}/u.test(next[1]);
  if (/^["\u201c\u2018]/.test(following.trimStart())) return true;
  return STARTERS.has(next[1].toLowerCase()) && /^\p{Lu}/u.test(next[1]);
}
