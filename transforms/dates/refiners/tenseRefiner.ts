// Places a bare weekday ("on Friday") or a month without a year ("in February", "Feb. 25", "late
// January", "a target date of August") by the tense of its clause: the last one on or before the
// reference when the verb looks back, the next one on or after it when it looks forward. chrono's
// own choice, the nearest such day or month, is often wrong for news. Expressions that say which
// one ("last Friday", "next month") are left as chrono resolved them. With no tense cue at all, a
// weekday is past (news reports the past) and a month is the nearest one, within six months either
// way ("Geneva talks, March 3" in February). A month-day used as a modifier ("the Feb. 27 truce",
// "the Jan. 25 talks") is the nearest too: the clause's verb tells the state of the truce or talks,
// not when they fell; an attack so named has happened ("the Sept. 11 attacks").
//
// `pastSlackDays` widens "on or before the reference" by that many days: an article that takes its
// event's latest publication date as reference may itself be a day later (a follow-up), so a
// past "on Tuesday" against a Monday reference is the next day rather than six days back.
// Each placed result is tagged `tense/past` or `tense/future`.
import type { Refiner, ParsingResult } from 'chrono-node';
import { clauseTense, type Tense } from '../tense/clauseTense.ts';
import { attributiveTense } from '../tense/attributiveTense.ts';

const SAYS_WHICH = /\b(?:last|next|this|past|coming|previous|ago)\b/i;
const DAY_MS = 86_400_000;

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
          const t = (s.isCertain('day') ? attributiveTense(context.text, r.index, end) : null) ?? clauseTense(context.text, r.index, end) ?? 'nearest';
          placeMonth(r, refDay, t);
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

function placeMonth(r: ParsingResult, refDay: number, tense: Tense | 'nearest'): void {
  const ref = new Date(refDay);
  const month = r.start.get('month') ?? 1;
  const day = r.start.isCertain('day') ? r.start.get('day') ?? 1 : null;
  if (tense === 'nearest') {
    // The candidate year whose date lies closest to the reference; a month counts from its middle,
    // and a tie (six months each way) goes to the past.
    const years = [-1, 0, 1].map((k) => ref.getUTCFullYear() + k);
    const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day ?? 15) - refDay);
    r.start.imply('year', years.reduce((best, y) => (distance(y) < distance(best) ? y : best)));
    return;
  }
  // Compare (month, day) with the reference; a month alone counts as on or before its own month.
  const key = (m: number, d: number) => m * 100 + d;
  const refKey = key(ref.getUTCMonth() + 1, ref.getUTCDate());
  const here = key(month, day ?? (tense === 'past' ? 1 : 31));
  let year = ref.getUTCFullYear();
  if (tense === 'past' && here > refKey) year -= 1;
  if (tense === 'future' && here < refKey) year += 1;
  r.start.imply('year', year);
}
