// Drops what chrono reads as a date but news uses as a duration or a manner of speaking: "over the
// past three days", "more than three years after", "now", "a day's worth". These place nothing on
// the calendar.
import type { Refiner } from 'chrono-node';

// A span of time rather than a point: "past three days", "the next two weeks", "three years after",
// "after a couple of months", "for a second".
const UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)`;
const DURATION = new RegExp(
  String.raw`\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple(?:\s+of)?|number\s+of)[\s-]+(?:\w+[\s-]+)?` +
    UNIT +
    String.raw`\b`,
  'i',
);
const AGO = /\bago\b/i;
// Words chrono reads as dates that name no day in news copy.
const NOT_A_DATE = /^(?:now|right now|just now|the moment)$/i;
// Month and day names that are also common lower-case words ("may", "march", "sat", "sun").
const LOWER_CASE_WORD = /^(?:may|march|sat|sun|wed|mon|sec|second)$/;

export const vagueFilter: Refiner = {
  refine: (context, results) =>
    results.filter((r) => {
      const text = r.text.trim();
      if (NOT_A_DATE.test(text) || LOWER_CASE_WORD.test(text)) return false;
      // A lone "last week" stays a date, and so does "three days ago": only counted spans are durations.
      if (DURATION.test(text) && !AGO.test(text)) return false;
      // "the end of the month of Ramadan": the month of something else, not the reference's.
      if (/\b(?:month|year)$/i.test(text) && /^\s+of\s/.test(context.text.slice(r.index + r.text.length))) return false;
      // A time of day alone ("at 3 pm") is no calendar date.
      if (
        !r.start.isCertain('day') &&
        !r.start.isCertain('month') &&
        !r.start.isCertain('year') &&
        !r.start.isCertain('weekday') &&
        !/\b(?:today|yesterday|tomorrow|week|month|year)\b/i.test(text)
      )
        return false;
      return true;
    }),
};
