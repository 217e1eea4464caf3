// A chrono parser that scans a text only when the text holds one of its cues (strings its pattern
// cannot match without, in lower case: chronoCues.ts); other texts get a pattern that fails at
// once, so the parser finds nothing there, as it would have. The text is lowered once per parse
// (chrono hands every parser the same context).
import type { Parser, ParsingContext } from 'chrono-node';

const NOTHING = /^(?!)/;

let lastContext: ParsingContext | undefined;
let lastLower = '';

function lowerText(context: ParsingContext): string {
  if (context !== lastContext) {
    lastContext = context;
    lastLower = context.text.toLowerCase();
  }
  return lastLower;
}

export function guardedParser(parser: Parser, cues: string[]): Parser {
  return {
    pattern: (context) => {
      const lower = lowerText(context);
      return cues.some((cue) => lower.includes(cue)) ? parser.pattern(context) : NOTHING;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}
