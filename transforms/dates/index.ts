// Dates: every expression in an article that can be placed on a calendar, resolved against the
// article's reference date (its publication date, or its event's when it has none).
//
// chrono-node's casual English parser does the work, extended through its own hooks:
//   parsers, after chrono's own (the overlap refiner keeps the longest span):
//     yearParser        "in 2011", "since 2011": chrono finds no bare year
//     partOfYearParser  "mid-2014", "early 2015": chrono finds neither
//     monthOfRelativeYearParser  "in May last year": one month of a known year, not two dates
//     monthDayParser    "Feb. 3 amid ...": chrono drops a month-day before "am..." words
//     partOfMonthParser "late January", "the end of the month": a month, where chrono finds the
//                       month alone or one day
//   refiners, after chrono's own (they see merged, overlap-free results):
//     vagueFilter       drops durations and manners of speaking ("over the past three days", "now")
//     tenseRefiner      places bare weekdays by the tense of their clause, and year-less months
//                       and month-days ("Feb. 25", "in March") at their NEAREST occurrence unless a
//                       cue governing the date itself (its own preposition or verb, a deadline on
//                       an event to come: tense/monthCue.ts) says past or future; a governing cue
//                       counts within about nine months, a decisive one ("since", "will be held
//                       in") anywhere; verbs of saying and judging never move the date. Last, so
//                       that it sees only what is kept
// An article dated by its event (published_source = event) gets a chrono whose past weekdays may
// fall a day after the reference: it may be a follow-up published a day after its event's latest.
import * as chrono from 'chrono-node';
import type { ColumnTable } from 'arquero';
import { DATES, ARTICLES, SENTENCES, toTable, rowsOf, type DateRow } from '../schema/index.ts';
import { yearParser } from './parsers/yearParser.ts';
import { partOfYearParser } from './parsers/partOfYearParser.ts';
import { monthOfRelativeYearParser } from './parsers/monthOfRelativeYearParser.ts';
import { monthDayParser } from './parsers/monthDayParser.ts';
import { partOfMonthParser } from './parsers/partOfMonthParser.ts';
import { vagueFilter } from './refiners/vagueFilter.ts';
import { tenseRefiner } from './refiners/tenseRefiner.ts';
import { toDateRow, type Anchor } from './toDateRow.ts';
import { referenceOf } from './referenceOf.ts';

/** Days a past weekday may fall after an event-dated article's reference. */
export const EVENT_SLACK_DAYS = 1;

function buildChrono(pastSlackDays: number): chrono.Chrono {
  const c = chrono.casual.clone();
  c.parsers.push(yearParser, partOfYearParser, monthOfRelativeYearParser, monthDayParser, partOfMonthParser);
  c.refiners.push(vagueFilter, tenseRefiner(pastSlackDays));
  return c;
}

/** chrono's casual English, extended for news; events use it too, for the days an article reports. */
export const newsChrono = buildChrono(0);
const eventDatedChrono = buildChrono(EVENT_SLACK_DAYS);

export function dates(articles: ColumnTable, sentences: ColumnTable): ColumnTable {
  const byArticle = new Map<string, { text: string; start: number; id: string }[]>();
  for (const s of rowsOf(SENTENCES, sentences)) {
    const list = byArticle.get(s.article_id ?? '') ?? [];
    list.push({ text: s.text ?? '', start: s.start ?? 0, id: s.sentence_id ?? '' });
    byArticle.set(s.article_id ?? '', list);
  }
  const rows: DateRow[] = [];
  for (const a of rowsOf(ARTICLES, articles)) {
    const articleId = a.article_id ?? '';
    const { date, anchor } = referenceOf(a.published, a.published_source);
    let n = 0;
    for (const s of byArticle.get(articleId) ?? []) {
      for (const r of (anchor === 'event' ? eventDatedChrono : newsChrono).parse(s.text, date)) {
        rows.push({
          date_id: `${articleId}:d${n++}`,
          article_id: articleId,
          sentence_id: s.id,
          ...toDateRow(r, s.start, anchor),
        });
      }
    }
  }
  return toTable(DATES, rows);
}

export type { Anchor };
