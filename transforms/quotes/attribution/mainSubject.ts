// The subject of the main clause before a participle ("Putin ordered the bulk of Russia's forces
// out of Syria on March 14, saying ...") or a coordinated verb ("Lavrov met Kerry in Geneva and
// warned that ..."): the first name of the clause, after an opening adverbial ("On Monday, ...",
// "Speaking in Geneva, ..."), with the nouns that head it ("a senior State Department official").
import type { MentionRef } from '../QuoteCandidate.ts';
import { PERSON_ROLES } from '../../text/lexicon/roleNouns.ts';

const OPENER =
  /^\s*(?:On|In|At|After|Before|During|Earlier|Later|Speaking|Asked|When|While|Following|Despite|Meanwhile|However|Within|Under)\b[^,]{0,80},/;
/** Capitalised words and role nouns after the name: "a senior State Department official", "sources". */
const HEAD_NOUNS = new RegExp(
  String.raw`^(?:\s+(?:\p{Lu}[\p{L}.'\u2019-]*|(?:${[...PERSON_ROLES, 'source'].join('|')})s?))*`,
  'u',
);

export function mainSubject(
  text: string,
  from: number,
  to: number,
  mentions: MentionRef[],
  quoted: (o: number) => boolean,
): [number, number] | null {
  let start = from;
  const opener = OPENER.exec(text.slice(from, to));
  if (opener) start = from + opener[0].length;
  const first = mentions
    .filter((m) => m.start >= start && m.end <= to && !quoted(m.start))
    .sort((a, b) => a.start - b.start)[0];
  if (!first) return null;
  // The whole name phrase: "Saudi Foreign Minister Adel al-Jubeir" ends with the first name's end; a longer mention starting there wins.
  let end = Math.max(...mentions.filter((m) => m.start === first.start).map((m) => m.end));
  end += HEAD_NOUNS.exec(text.slice(end, to))![0].length;
  return [start, end];
}
