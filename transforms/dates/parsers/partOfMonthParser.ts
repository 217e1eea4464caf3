// A part of a month: "late January", "early March", "mid-February", "the end of September", "the
// start of the month", "the end of last month", "early next month". chrono finds the month alone in
// "late January" and a single day in "the end of September" (its last day); news means the month.
// The value is the month (granularity month): the part is too vague for a day.
//
// A named month without a year is left for the tense refiner to place ("talks in late January" in
// a December article: next January); "the month" is the reference's month, "last/next month" its
// neighbours, "this month" the same.
import type { Parser } from 'chrono-node';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`;
const PART = String.raw`(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|close|turn)\s+of|early|late|mid`;
const PATTERN = new RegExp(
  String.raw`(?<![\w-])(?:${PART})[\s-]+(?:(${MONTH})(?:,?\s+((?:19|20)\d\d))?|(the|this|last|next)\s+month(?!\s+of\b))(?![\w-])(?!\s*\d)`,
  'i',
);
const SHIFT: Record<string, number> = { the: 0, this: 0, last: -1, next: 1 };

export const partOfMonthParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const text = match[0].replace(/\.$/, '');
    const result = context.createParsingResult(match.index ?? 0, text);
    if (match[1]) {
      // "late May" is a month; a lower-case "may" after "late" is not.
      if (match[1] === 'may' || match[1] === 'march') return null;
      result.start.assign('month', MONTHS.indexOf(match[1].slice(0, 3).toLowerCase()) + 1);
      if (match[2]) result.start.assign('year', Number(match[2]));
      else result.start.imply('year', context.refDate.getFullYear());
    } else {
      const ref = context.refDate;
      const at = new Date(ref.getFullYear(), ref.getMonth() + SHIFT[match[3].toLowerCase()], 1, 12);
      result.start.assign('month', at.getMonth() + 1);
      result.start.assign('year', at.getFullYear());
    }
    result.start.imply('day', 1);
    return result;
  },
};
