// What one article offers the grouping, as three bags of terms: its content terms (all of its
// text), its names (capitalised words inside sentences, and figures: the actors, places and tolls
// of its story), and its lead (headline and first paragraphs, where wire style puts what happened).
import { contentTermIds } from './contentTerms.ts';
import { Vocabulary } from './Vocabulary.ts';

export interface ArticleBags {
  terms: string[];
  names: string[];
  lead: string[];
  /** Names (not figures) of the body's lead: who and where, compared as a set (not by TF-IDF). */
  leadNames: Set<string>;
}

/** Characters of the text (headline included) read as its lead. */
export const LEAD_CHARS = 500;

const NOT_NAMES = new Set(
  'the a an and but in on at by for of to with from as it its this that he she they we i his her their our after before while when what who if there monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december sept jan feb mar apr jun jul aug oct nov dec mr mrs ms dr president minister secretary state foreign prime advertisement share photo file read reuters afp ap update updated'.split(
    ' ',
  ),
);

/** The bags as numbers of one vocabulary (Vocabulary.ts), in the same order: what the grouping keeps. */
export interface ArticleTermIds {
  terms: Int32Array;
  names: Int32Array;
  lead: Int32Array;
  leadNames: Set<string>;
}

/** One article's bags as strings (the grouping itself numbers the terms: articleTermIds). */
export function articleBags(text: string): ArticleBags {
  const vocabulary = new Vocabulary();
  const ids = articleTermIds(text, vocabulary);
  const terms = (list: Int32Array) => Array.from(list, (id) => vocabulary.term(id));
  return { terms: terms(ids.terms), names: terms(ids.names), lead: terms(ids.lead), leadNames: ids.leadNames };
}

/** An article's bags, each term numbered in `vocabulary`; the lead's names kept as strings (a set). */
export function articleTermIds(text: string, vocabulary: Vocabulary): ArticleTermIds {
  const newline = text.indexOf('\n');
  const body = newline < 0 ? '' : text.slice(newline + 1);
  const leadNames = new Set<string>();
  for (const name of names(body.slice(0, LEAD_CHARS)))
    if (!name.startsWith('#')) leadNames.add(vocabulary.term(vocabulary.id(name)));
  return {
    terms: contentTermIds(text, vocabulary),
    names: Int32Array.from(names(body), (name) => vocabulary.id(name)),
    lead: contentTermIds(text.slice(0, LEAD_CHARS), vocabulary),
    leadNames,
  };
}

const NAME = /(?<=[\p{Ll},;:()\u2019'"\d]\s+)\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*/gu;
const FIGURE = /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{2,})(?![.,]?\d)/g;
const SPACE_OR_APOSTROPHE = /[\s'\u2019]/;

/**
 * Capitalised words not at the start of a sentence (a headline in title case would make every word
 * a name, so the headline is left out), alone and as runs ("al haouz"), and figures of two or more
 * digits ("#632"). Lower-cased.
 */
export function names(body: string): string[] {
  const out: string[] = [];
  for (const match of body.match(NAME) ?? []) {
    // Most names are one word with no apostrophe: no words to split, no "'s" to cut.
    if (!SPACE_OR_APOSTROPHE.test(match)) {
      const word = match.toLowerCase();
      if (word.length > 1 && !NOT_NAMES.has(word)) out.push(word);
      continue;
    }
    const words = match
      .toLowerCase()
      .replace(/['\u2019]s\b/g, '')
      .split(/\s+/)
      .filter((w) => w.length > 1 && !NOT_NAMES.has(w));
    out.push(...words);
    if (words.length > 1) out.push(words.join(' '));
  }
  for (const figure of body.match(FIGURE) ?? []) {
    // A year is background, not a figure of the story; "2,012" is a figure.
    if (!/^(19|20)\d\d$/.test(figure)) out.push(`#${figure.replace(/,/g, '')}`);
  }
  return out;
}
