// A part of a year: "mid-2014", "early 2015", "late 2015", "the end of 2015", "the start of 2016".
// chrono finds nothing in "in mid-2014". The value stays the year: the part is too vague for a
// month.
import type { Parser } from 'chrono-node';

const PATTERN =
  /(?<![\w-])(?:mid|early|late|(?:the\s+)?(?:end|start|beginning|middle|spring|summer|autumn|fall|winter)\s+of)[\s-]+((?:19|20)\d\d)(?![\w-])/i;

export const partOfYearParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const result = context.createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]) });
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    return result;
  },
};
