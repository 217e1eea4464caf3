// A month and day, with or without a year: "Feb. 3", "March 12, 2016". chrono reads the same form,
// but refuses it when "am" or "pm" follows, to spare "March 12 3 pm" — and so loses it before
// "amid", common in news ("suspended on Feb. 3 amid a government offensive"). This parser takes
// the form only before a whole "am"/"pm" is excluded; where chrono also reads it, the overlap
// refiner keeps chrono's (equal or longer) reading.
import type { Parser } from 'chrono-node';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`;
const PATTERN = new RegExp(
  String.raw`(?<![\w-])(${MONTH})\s+([0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?(?![\w:.,]*\d)(?!\s*[ap]\.?m\b\.?)(?![\w-])`,
);

export const monthDayParser: Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const day = Number(match[2]);
    if (day < 1 || day > 31) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign('month', MONTHS.indexOf(match[1].slice(0, 3).toLowerCase()) + 1);
    result.start.assign('day', day);
    if (match[3]) result.start.assign('year', Number(match[3]));
    else result.start.imply('year', context.refDate.getFullYear());
    return result;
  },
};
