// Dates: every expression in an article that can be placed on a calendar, resolved against the
// article's reference date (its publication date, or its event's when it has none).
//
// chrono-node's casual English parser does the work, extended through its own hooks (the lists
// below, in order, each with why it comes where it does). Every row names the parser that found it
// (parserTag.ts): ours by name, chrono's by its class.
// An article dated by its event (published_source = event) gets a chrono whose past weekdays may
// fall a day after the reference: it may be a follow-up published a day after its event's latest.
import * as chrono from 'chrono-node';
import type { ColumnTable } from 'arquero';
import { DATES, ARTICLES, toTable, rowsOf, type DateRow } from '../schema/index.ts';
import type { ArticleText } from '../text/ArticleText.ts';
import { yearParser } from './parsers/yearParser.ts';
import { partOfYearParser } from './parsers/partOfYearParser.ts';
import { monthOfRelativeYearParser } from './parsers/monthOfRelativeYearParser.ts';
import { monthDayParser } from './parsers/monthDayParser.ts';
import { partOfMonthParser } from './parsers/partOfMonthParser.ts';
import { vagueFilter } from './refiners/vagueFilter.ts';
import { partOfDayRefiner } from './refiners/partOfDayRefiner.ts';
import { tenseRefiner } from './refiners/tenseRefiner.ts';
import { weekdayOrderRefiner } from './refiners/weekdayOrderRefiner.ts';
import { toDateRow, type Anchor } from './toDateRow.ts';
import { tagParser, keepParserTags, chronoParserName } from './parserTag.ts';
import { referenceOf } from './referenceOf.ts';
import { guardedParser } from './guardedParser.ts';
import { CHRONO_CUES } from './chronoCues.ts';

/** Days a past weekday may fall after an event-dated article's reference. */
export const EVENT_SLACK_DAYS = 1;

/** Our parsers, after chrono's own: chrono's overlap refiner then keeps the longest span, so
 *  each adds only what chrono misses or reads too short. */
const PARSERS: [string, chrono.Parser][] = [
  // "in 2011", "since 2011": chrono finds no bare year
  ['yearParser', yearParser],
  // "mid-2014", "early 2015": chrono finds neither
  ['partOfYearParser', partOfYearParser],
  // "in May last year": one month of a known year, where chrono reads two dates
  ['monthOfRelativeYearParser', monthOfRelativeYearParser],
  // "Feb. 3 amid ...": chrono drops a month-day before "am..." words
  ['monthDayParser', monthDayParser],
  // "late January", "the end of the month": a month, where chrono finds the month alone or one day
  ['partOfMonthParser', partOfMonthParser],
];

/** Our refiners, after chrono's own, so that they see merged, overlap-free results. */
const REFINERS = (pastSlackDays: number): chrono.Refiner[] => [
  // "the morning of July 13": the date after "of", which chrono's merge of the two drops
  partOfDayRefiner,
  // drops durations and manners of speaking ("over the past three days", "now")
  vagueFilter,
  // "Sunday 11/09/2016": a numeric date read day-first when only that reading falls on its weekday
  weekdayOrderRefiner,
  // places bare weekdays by the tense of their clause, and year-less months and month-days
  // ("Feb. 25", "in March") at their NEAREST occurrence unless a cue governing the date itself
  // (its own preposition or verb, a deadline on an event to come: tense/monthCue.ts) says past or
  // future; a governing cue counts within about nine months, a decisive one ("since", "will be
  // held in") anywhere; verbs of saying and judging never move the date. Last, so that it sees
  // only what is kept
  tenseRefiner(pastSlackDays),
];

/** chrono's parsers, each tagged with its name; its costliest scan only sentences holding their cues
 *  (guardedParser.ts, chronoCues.ts), which gives the same results. */
function buildChrono(pastSlackDays: number): chrono.Chrono {
  const c = chrono.casual.clone();
  c.parsers = [
    ...c.parsers.map((p) => {
      const cues = CHRONO_CUES[(p as object).constructor.name];
      return tagParser(chronoParserName(p), cues ? guardedParser(p, cues) : p);
    }),
    ...PARSERS.map(([name, p]) => tagParser(name, p)),
  ];
  c.refiners = [...c.refiners, ...REFINERS(pastSlackDays)].map(keepParserTags);
  return c;
}

/** chrono's casual English, extended for news; events use it too, for the days an article reports. */
export const newsChrono = buildChrono(0);
const eventDatedChrono = buildChrono(EVENT_SLACK_DAYS);

export function dates(articles: ColumnTable, texts: ArticleText[]): ColumnTable {
  const textOf = new Map(texts.map((t) => [t.article_id, t]));
  const rows: DateRow[] = [];
  for (const a of rowsOf(ARTICLES, articles)) {
    const articleId = a.article_id ?? '';
    const { date, anchor } = referenceOf(a.published, a.published_source);
    let n = 0;
    for (const s of textOf.get(articleId)?.sentences ?? []) {
      for (const r of (anchor === 'event' ? eventDatedChrono : newsChrono).parse(s.text, date)) {
        rows.push({
          date_id: `${articleId}:d${n++}`,
          article_id: articleId,
          sentence_id: s.sentence_id,
          ...toDateRow(r, s.start, anchor),
        });
      }
    }
  }
  return toTable(DATES, rows);
}

export type { Anchor };
