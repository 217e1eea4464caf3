// A month of a year named relative to the reference: "in May last year", "February this year",
// "in June next year". chrono reads the month and "last year" as two dates, the month then placed
// on its own; together they are one month of a known year.
import type { Parser } from 'chrono-node';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const PATTERN =
  /(?<![\w-])(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(last|this|next)\s+year(?![\w-])/;
const SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

export const monthOfRelativeYearParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const month = MONTHS.indexOf(match[1].slice(0, 3).toLowerCase()) + 1;
    const year = context.refDate.getFullYear() + SHIFT[match[2].toLowerCase()];
    const result = context.createParsingResult(match.index ?? 0, match[0], { month, year });
    result.start.imply('day', 1);
    return result;
  },
};
