// The contract every extractor is built from (as chrono builds its languages): small parsers, each
// one phrasing family, that find candidates in what they read (an article's text layer, a sentence,
// a quote and its sentence), then refiners that merge, filter and resolve an article's candidates.
// An extractor's index.ts lists its parsers and refiners in order and says why each comes where it
// does; each candidate keeps the name of the parser that found it, and the table writes it in its
// `parser` column.

/** Finds the candidates of one phrasing family in its input. */
export type Parser<In, Out> = (input: In) => Out[];

/** A parser that reads one sentence's text, with what else it may know (mentions, lexicons...). */
export type TextParser<C extends { parser: string }, X = void> = (text: string, context: X) => C[];

/** Merges, filters or resolves an article's candidates (in text order), reading what the parsers read. */
export type Refiner<C, In = void> = (candidates: C[], input: In) => C[];
