// The readable name of a group of rows stating one proposal ("ceasefire-syria",
// "aid-besieged-aleppo", "assad-departure", "joint-command-centre-jordan"): its characteristic
// content words, in the order the text says them.
//   - Words: the group's key terms (keyTerms.ts: cue words and times already out, phrasings of
//     one idea folded into one word: ceasefire, aid, talks, departure), without the words that
//     name nothing proposed (light verbs, pronouns, relative words, numbers, vague modifiers).
//   - Weight: how much the rows lean on the word (its weight in each row's terms, earlier words
//     more, times the rows) times the square root of its rarity, so a rare word counts but does
//     not beat the proposal's head noun; folded ideas count half again.
//   - 2 to 5 words (a hyphenated term counts its parts), the weightiest first, then set in the
//     order of the group's most reported phrasing; nouns in the singular.
//   - Unique: on a clash, the next weightiest word is added; failing that, a number.
// Deterministic: ties break on the word.
import type { KeyTerm } from './keyTerms.ts';
import { SYNONYMS } from './keySynonyms.ts';

const SKIP = new Set(
  (
    'text men man women whom who whose which what whatever whoever silent bring brings brought make makes made let lets allow allows allowed get gets got go goes went put puts take takes took see sees saw seen give gives gave given use uses used try tries help helps keep keeps kept' +
    ' succeed succeeds would could should must might may can shall will said says told say added saying including include includes included based part parts way ways thing things effort efforts bid move moves' +
    ' considered deemed described seen known called named coordinating coordinate-with former current other others possible certain several main major wide whole entire each such various long-term' +
    ' one two three four five six seven eight nine ten first second third last own new further all more less much many few lot' +
    ' announced announce announces announcing reported confirm confirms confirmed stated insisted warned repeated reiterated noted' +
    ' backs backed supports supported hoping wanting seeking aiming president ally allies strongman counterpart spokesman official officials' +
    ' him her them itself themselves himself herself everyone anyone someone something nothing everything become becomes became continue continues begin begins well even already yet almost'
  ).split(' '),
);
const CONCEPTS = new Set(SYNONYMS.map(([, term]) => term.trim()).filter(Boolean));
const CONCEPT_BOOST = 1.5;
const MAX_PARTS = 5;
const MIN_SHARE = 0.3;
const KEEP_PLURAL =
  /(?:ss|us|is|ics|news|talks|arms|hostilities|elections|series|species|auspices|means|headquarters|whereabouts)$/;

export interface NameTerm {
  stem: string;
  word: string;
  weight: number;
  first: number;
}

/** The terms of a group, weighed: `members` are the group's points (their terms and how many
 *  rows each stands for), `idf` the rarity of a stem; `first` is the position of the stem in the
 *  group's most reported phrasing (Infinity when it is not there). */
export function nameTerms(members: { terms: KeyTerm[]; rows: number }[], idf: (stem: string) => number): NameTerm[] {
  const top = members.reduce((best, m) => (m.rows > best.rows ? m : best), members[0]);
  const weight = new Map<string, number>(),
    word = new Map<string, string>();
  const formOf = (t: KeyTerm) => (t.actor ? t.word : singular(t.word));
  const skipped = (t: KeyTerm) => !t.actor && (SKIP.has(t.word) || SKIP.has(formOf(t)) || /^\d/.test(t.word));
  // The spelling of the most reported phrasing, else the shortest.
  for (const t of top.terms) if (!skipped(t) && !word.has(t.stem)) word.set(t.stem, formOf(t));
  for (const m of members)
    for (const t of m.terms) {
      if (skipped(t)) continue;
      weight.set(t.stem, (weight.get(t.stem) ?? 0) + t.weight * m.rows);
      const had = word.get(t.stem);
      const shorter =
        had !== undefined &&
        (t.actor ? formOf(t).split('-').length < had.split('-').length : formOf(t).length < had.length);
      if (!had || ((t.actor || !top.terms.some((x) => x.stem === t.stem)) && shorter)) word.set(t.stem, formOf(t));
    }
  return [...weight]
    .map(([stem, w]) => ({
      stem,
      word: word.get(stem)!.replace(/^resolution-text$/, 'resolution'),
      weight: w * Math.sqrt(idf(stem)) * (CONCEPTS.has(stem) ? CONCEPT_BOOST : 1),
      first: top.terms.findIndex((t) => t.stem === stem),
    }))
    .map((t) => ({ ...t, first: t.first < 0 ? Infinity : t.first }))
    .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

/** A name not in `used` (which it joins) from terms sorted weightiest first. */
export function keyName(terms: NameTerm[], used: Set<string>): string {
  const chosen: NameTerm[] = [];
  let parts = 0;
  const max = terms[0]?.weight ?? 0;
  for (const t of terms) {
    const n = t.word.split('-').length;
    if (chosen.length >= 2 && (parts + n > MAX_PARTS - 1 || t.weight < MIN_SHARE * max)) break;
    if (parts + n > MAX_PARTS) continue;
    chosen.push(t);
    parts += n;
  }
  const name = (list: NameTerm[]) =>
    [...list]
      .sort((a, b) => a.first - b.first || b.weight - a.weight)
      .map((t) => t.word)
      .join('-') || 'proposal';
  let best = name(chosen);
  // On a clash, the next weightiest words, one at a time.
  for (const t of terms) {
    if (!used.has(best)) break;
    if (chosen.includes(t)) continue;
    chosen.push(t);
    best = name(chosen);
  }
  const base = best;
  for (let k = 2; used.has(best); k++) best = `${base}-${k}`;
  used.add(best);
  return best;
}

/** A noun in the singular ("permits" -> "permit", "militias" stays, "talks" stays). */
function singular(word: string): string {
  if (word.length <= 4 || KEEP_PLURAL.test(word) || CONCEPTS.has(word) || !word.endsWith('s')) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:sh|ch|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
