// Places a bare weekday ("on Friday") or a month without a year ("in February", "Feb. 25", "late
// January", "a target date of August"). chrono's own choice, the nearest such day or month, is
// often wrong for news. Expressions that say which one ("last Friday", "next month") are left as
// chrono resolved them.
//
// A weekday follows the tense of its clause (clauseTense.ts): the last one on or before the
// reference when the verb looks back, the next one on or after it when it looks forward; with no
// cue at all it is past (news reports the past).
//
// A month or month-day is the NEAREST occurrence around the reference (news refers to near dates),
// unless a cue that governs the date itself says past or future (monthCue.ts: its own preposition,
// its own verb, a deadline noun). A decisive cue ("since Sept. 30", "will be held in June",
// "brokered in February", "a December deadline") is taken wherever it falls; a governing one (a
// farther verb of its clause, "from Jan. 4", "a vote before March 3") only when its choice lies
// within TRUST_DAYS (about nine months) of the reference; beyond that the nearest wins, since a
// date written without its year is near. Verbs of saying or judging and verbs of other clauses
// never move it ("Diplomats said a resumption of talks before Feb. 25 looked unlikely": the
// coming Feb. 25). A month-day used as a modifier ("the Feb. 27 truce", "the Jan. 25 talks") is
// the nearest too: the clause's verb tells the state of the truce or talks, not when they fell;
// an attack so named has happened ("the Sept. 11 attacks").
//
// `pastSlackDays` widens "on or before the reference" by that many days: an article that takes its
// event's latest publication date as reference may itself be a day later (a follow-up), so a
// past "on Tuesday" against a Monday reference is the next day rather than six days back.
// Each placed result is tagged `tense/past`, `tense/future` or `tense/nearest`.
import type { Refiner, ParsingResult } from 'chrono-node';
import { clauseTense, type Tense } from '../tense/clauseTense.ts';
import { attributiveTense } from '../tense/attributiveTense.ts';
import { monthCue, type MonthCue } from '../tense/monthCue.ts';

const SAYS_WHICH = /\b(?:last|next|this|past|coming|previous|ago)\b/i;
const DAY_MS = 86_400_000;
/** How far from the reference a governing cue may place a year-less month: about nine months. */
export const TRUST_DAYS = 275;

export function tenseRefiner(pastSlackDays = 0): Refiner {
  return {
    refine: (context, results) => {
      const ref = context.refDate;
      const refDay = Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate());
      for (const r of results) {
        if (SAYS_WHICH.test(r.text)) continue;
        const s = r.start;
        const tense = () => clauseTense(context.text, r.index, r.index + r.text.length) ?? 'past';
        if (s.isCertain('weekday') && !s.isCertain('day') && !s.isCertain('month')) {
          const t = tense();
          placeWeekday(r, s.get('weekday') ?? 0, t === 'past' ? refDay + pastSlackDays * DAY_MS : refDay, t);
          r.addTag('refiner/tenseRefiner').addTag(`tense/${t}`);
        } else if (s.isCertain('month') && !s.isCertain('year')) {
          const end = r.index + r.text.length;
          const attributive = s.isCertain('day') ? attributiveTense(context.text, r.index, end) : null;
          const cue: MonthCue | null =
            attributive === 'past'
              ? { tense: 'past', strength: 'decisive', by: 'attributive' }
              : attributive === 'nearest'
                ? null
                : monthCue(context.text, r.index, end);
          const t = placeMonth(r, refDay, cue);
          r.addTag('refiner/tenseRefiner').addTag(`tense/${t}`);
        }
      }
      return results;
    },
  };
}

function placeWeekday(r: ParsingResult, weekday: number, refDay: number, tense: Tense): void {
  const refWeekday = new Date(refDay).getUTCDay();
  const shift = tense === 'past' ? -((refWeekday - weekday + 7) % 7) : (weekday - refWeekday + 7) % 7;
  const d = new Date(refDay + shift * DAY_MS);
  r.start.imply('year', d.getUTCFullYear());
  r.start.imply('month', d.getUTCMonth() + 1);
  r.start.imply('day', d.getUTCDate());
}

/** Sets the year of a year-less month or month-day; returns how it was placed. */
function placeMonth(r: ParsingResult, refDay: number, cue: MonthCue | null): Tense | 'nearest' {
  const ref = new Date(refDay);
  const month = r.start.get('month') ?? 1;
  const day = r.start.isCertain('day') ? (r.start.get('day') ?? 1) : null;
  // A month counts from its middle.
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day ?? 15) - refDay);
  // The candidate year whose date lies closest to the reference; a tie (six months each way) goes to the past.
  const nearest = [-1, 0, 1]
    .map((k) => ref.getUTCFullYear() + k)
    .reduce((best, y) => (distance(y) < distance(best) ? y : best));
  if (cue) {
    const year = yearBy(cue.tense, ref, month, day);
    if (cue.strength === 'decisive' || distance(year) <= TRUST_DAYS * DAY_MS) {
      r.start.imply('year', year);
      return cue.tense;
    }
  }
  r.start.imply('year', nearest);
  return 'nearest';
}

/** The year of the month's last occurrence on or before the reference (past), or next on or after it. */
function yearBy(tense: Tense, ref: Date, month: number, day: number | null): number {
  // Compare (month, day) with the reference; a month alone counts as on or before its own month.
  const key = (m: number, d: number) => m * 100 + d;
  const refKey = key(ref.getUTCMonth() + 1, ref.getUTCDate());
  const here = key(month, day ?? (tense === 'past' ? 1 : 31));
  let year = ref.getUTCFullYear();
  if (tense === 'past' && here > refKey) year -= 1;
  if (tense === 'future' && here < refKey) year += 1;
  return year;
}
