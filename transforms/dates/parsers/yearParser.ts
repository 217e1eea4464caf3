// "in 2011", "since 2011", "by 2020", "the 2011 uprising"? no: only a year led by a preposition
// that puts it on the calendar, since a bare four-digit number may be a count ("2011 people").
// chrono finds nothing in "began in 2011".
import type { Parser } from 'chrono-node';

const PATTERN =
  /(?<![\w-])(?:in|since|by|until|till|from|during|before|after|through|throughout|of|for)\s+((?:19|20)\d\d)(?![\w,-]*\d)(?!\s*(?:people|civilians|soldiers|dead|killed|troops|fighters|%|percent|per cent))/i;

export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const result = context.createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]) });
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    return result;
  },
};
