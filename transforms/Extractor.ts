// The contract every extractor is built from (as chrono builds its languages): small parsers,
// each one phrasing family, that find candidates in what they read (an article's text layer, a
// sentence, a quote and its sentence), then refiners that merge, filter and resolve them. An
// extractor's index.ts lists its parsers and refiners in order and says why; each candidate
// keeps the name of the parser that found it, and the table writes it in its `parser` column.

/** Finds the candidates of one phrasing family in its input. */
export type Parser<In, Out> = (input: In) => Out[];

/** Merges, filters or resolves candidates, reading the same input as the parsers. */
export type Refiner<In, C> = (candidates: C[], input: In) => C[];
