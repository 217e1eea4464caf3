// Cues of chrono's own parsers, by class: strings that any match of the parser's pattern holds (in
// lower case), so that a sentence holding none of them is not scanned with the pattern
// (guardedParser.ts). Only chrono's costliest patterns are listed; each list is read off the
// pattern in chrono-node 2.10 (flag `i`, no `u`), and test/dates/guardedParser.test.ts checks that
// every sentence of the corpora gives the same results guarded and not.
export const CHRONO_CUES: Record<string, string[]> = {
  // (now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)
  ENCasualDateParser: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'last'],
  // a day, then a name of a month (MONTH_DICTIONARY: every name and abbreviation holds one of these)
  ENMonthNameLittleEndianParser: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
};
