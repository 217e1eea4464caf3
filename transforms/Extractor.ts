// The two kinds of step every extractor is made of (STYLE.md, after chrono): parsers find
// candidates in one piece of text, refiners turn an article's candidate list into a new one. Each
// extractor's index.ts lists its parsers and refiners in order and says why each comes where it
// does; every row keeps the name of the parser that found it.

/** Reads one sentence (or article) and returns the candidates it finds there, each with its
 *  offsets and the parser's name. `X` is what else the parser may know (mentions, lexicons...). */
export type Parser<C extends { parser: string }, X = void> = (text: string, context: X) => C[];

/** Maps an article's candidates, in text order, to a new list: merges, filters, resolves. */
export type Refiner<C> = (candidates: C[]) => C[];
