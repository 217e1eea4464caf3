// Two measures one cue governs, each with its own article: "proposed a truce and a prisoner swap",
// "called for an immediate ceasefire and the release of all detainees", "demanded the lifting of
// sieges and an end to air strikes". Each is a proposal of its own (conjuncts.ts reads the
// coordinations with a repeated particle and the lists of three or more).
//
// Not split, so that one proposal with "and" inside it stays one: a second noun phrase that names
// no measure ("a ceasefire between the army and the rebels", "talks with the government and the
// opposition"), a second conjunct without its own article ("a nationwide ceasefire and Geneva-based
// talks on a transition": one package), "between X and Y" and "both X and Y", and a first noun
// phrase that is no measure ("the government and the opposition to hold talks").
import { isMeasureNoun } from '../text/lexicon/measureNouns.ts';

const DET = String.raw`(?:a|an|the|its|their|his|her|our|this|these|those|all|any|some|further|new|more)`;
const ITEM = new RegExp(String.raw`^${DET}\s+[^,;:()]+?(?=\s+and\s+${DET}\s)`, 'i');
const SECOND = new RegExp(String.raw`^\s+and\s+(${DET}\s+[^,;:()]+)`, 'i');
/** Between the cue and its first measure: a day ("agreed Thursday to a ceasefire and ..."), a particle. */
const LEAD =
  /^\s*(?:(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:(?:for|on|to|upon)\s+)?/i;
/** The words of a noun phrase before its first preposition or relative: where its head is. */
const HEAD_END = /\s(?:of|to|in|on|for|with|by|from|between|at|across|over|under|into|that|which|who|would|will)\s/i;

/** The two items' spans [from, to) in `text`, or null when the content at `from` is one measure. */
export function measurePair(text: string, from: number, to: number): [number, number][] | null {
  const lead = LEAD.exec(text.slice(from, to))![0];
  const at = from + lead.length;
  const content = text.slice(at, to);
  const first = ITEM.exec(content);
  if (!first || /\b(?:between|both|among|amongst)\b/i.test(first[0])) return null;
  const second = SECOND.exec(content.slice(first[0].length));
  if (!second || !namesMeasure(first[0]) || !namesMeasure(second[1])) return null;
  const secondAt = at + first[0].length + second[0].length - second[1].length;
  return [
    [at, at + first[0].length],
    [secondAt, trimEnd(text, secondAt, secondAt + second[1].length)],
  ];
}

/** A head that only weighs the measure after it: "the importance of constitutional reform", "the
 *  need for talks". */
const LIGHT_HEAD = /^(\S+\s+)(?:importance|need|necessity|urgency)\s+(?:of|for)\s+/i;

function namesMeasure(written: string): boolean {
  const phrase = written.replace(LIGHT_HEAD, '$1');
  const cut = HEAD_END.exec(` ${phrase} `);
  const words = ` ${phrase} `
    .slice(0, cut ? cut.index : undefined)
    .trim()
    .split(/\s+/)
    .slice(1);
  return words.slice(0, 4).some(isMeasureNoun);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.;:,"\u201d]/.test(text[e - 1])) e--;
  return e;
}
