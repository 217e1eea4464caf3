// A parser guarded by its cue words: it reads a text only when the text holds a word of each of
// its cue lists (each a string of words between spaces), words its patterns cannot match without
// (ASCII, lower case: see transforms/text/wordSet.ts). The lists are taken from the parser's own
// patterns, so the guard skips only texts the parser would find nothing in
// (test/proposals/withCues.test.ts tries every sentence of the corpora); it spares reading most
// sentences with most patterns.
import type { Parser } from './Candidate.ts';
import { wordSet, type WordSet } from '../text/wordSet.ts';

export function withCues(cues: string[], parser: Parser): Parser {
  const lists = cues.map((list) => new Set(list.trim().split(/\s+/)));
  return (text, ctx) => {
    const words = ctx.words ?? wordSet(text);
    return lists.every((list) => holdsOne(words, list)) ? parser(text, ctx) : [];
  };
}

/** Whether the text's words and the list share a word: the shorter of the two is walked. */
function holdsOne(words: WordSet, list: Set<string>): boolean {
  if (words instanceof Set && words.size < list.size) {
    for (const w of words) if (list.has(w)) return true;
    return false;
  }
  for (const w of list) if (words.has(w)) return true;
  return false;
}
