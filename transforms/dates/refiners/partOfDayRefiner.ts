// A part of the day names a day: "this morning" is the reference's own day (chrono leaves its day
// uncertain, as for "at 3 pm", which names none); "the morning of July 13", "the night of Friday":
// chrono merges the part of the day with the date after it, and the merged result keeps the day the
// part of the day implies (the reference's), dropping the date's own. The date after "of" is read
// again and its day, month, year and weekday given to the whole span.
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsingComponents, Refiner } from 'chrono-node';

const THIS_PART = /^this\s+(?:morning|afternoon|evening)$/i;
const PART_OF = /^(?:morning|afternoon|evening|night)\s+of\s+/i;
const COMPONENTS = ['year', 'month', 'day', 'weekday'] as const;

/** Gives `to` every component `from` knows for certain, and implies the others it has. */
function takeDay(to: ParsingComponents, from: ParsedComponents): void {
  for (const c of COMPONENTS)
    if (from.isCertain(c)) to.assign(c, from.get(c)!);
    else if (from.get(c) !== null && c !== 'weekday') to.imply(c, from.get(c)!);
}

export const partOfDayRefiner: Refiner = {
  refine: (context, results) => {
    for (const r of results) {
      if (r.start.isCertain('day')) continue;
      if (THIS_PART.test(r.text)) {
        for (const c of ['year', 'month', 'day'] as const) r.start.assign(c, r.start.get(c)!);
        continue;
      }
      const part = PART_OF.exec(r.text);
      if (!part) continue;
      const date = chrono.casual.parse(r.text.slice(part[0].length), context.reference)[0];
      if (date?.index === 0) takeDay(r.start, date.start);
    }
    return results;
  },
};
