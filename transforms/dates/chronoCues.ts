// Cues of chrono's own parsers, by class: strings that any match of the parser's pattern holds (in
// lower case), so that a sentence holding none of them is not scanned with the pattern
// (guardedParser.ts). Only patterns that need a word of their own are listed; each list is read
// off the pattern in chrono-node 2.10 (flag `i`, no `u`), and test/dates/guardedParser.test.ts
// checks that every sentence of the corpora gives the same results guarded and not.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const CHRONO_CUES: Record<string, string[]> = {
  // (now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)
  ENCasualDateParser: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'last'],
  // a day, then a name of a month (MONTH_DICTIONARY: every name and abbreviation holds one of these)
  ENMonthNameLittleEndianParser: MONTHS,
  // a name of a month, then a day
  ENMonthNameMiddleEndianParser: MONTHS,
  // a name of a month alone ("in March", "March 2016")
  ENMonthNameParser: MONTHS,
  // a name of a weekday (WEEKDAY_DICTIONARY, every name and abbreviation), "weekend" or "weekday"
  ENWeekdayParser: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'],
  // (?:last\s+day|end)\s+of\s+(?:the\s+)?month
  ENEndOfCurrentMonthParser: ['month'],
  // (morning|afternoon|evening|night|midnight|midday|noon)
  ENCasualTimeParser: ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'],
  // a duration, then (?:ago|before|earlier)
  ENTimeUnitAgoFormatParser: ['ago', 'before', 'earlier'],
  // a duration, then (?:later|after|from now|henceforth|forward|out)
  ENTimeUnitLaterFormatParser: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'],
};
