// The events table: one row per event of the articles table, with a readable name ("Morocco
// earthquake, 9–13 Sep 2023") made of the name that most sets its articles apart from the rest of
// the corpus and the kind of event its headlines and leads name most often, and its publication dates.
import type { ColumnTable } from 'arquero';
import { ARTICLES, EVENTS, rowsOf, toTable, type EventRow } from '../schema/index.ts';
import { countedBags, distinctTerms, type DistinctTerms } from './countedBags.ts';
import { dayOf } from './eventInputs.ts';
import { EVENT_NOUNS } from '../text/lexicon/eventNouns.ts';
import { firstK } from './firstK.ts';
import { eventLabelNames } from './eventLabelNames.ts';
import { bylineNames } from './bylineNames.ts';

const TERMS = 8;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * `labels`: the manifest's event labels; an event with one of them as its id is named by it (with its
 * dates), as the user named it. `bags`: the distinct terms of each article's bags (countedBags.ts)
 * when the grouping has read them already.
 */
export function eventsTable(articles: ColumnTable, labels: ReadonlySet<string>, bags?: DistinctTerms): ColumnTable {
  const rows = rowsOf(ARTICLES, articles);
  bags ??= distinctTerms(countedBags(rows.map((a) => a.text ?? '')));
  const { vocabulary } = bags;
  const term = (id: number) => vocabulary.term(id);
  const isFigure = (id: number) => term(id).startsWith('#');
  const nameDf = new Int32Array(vocabulary.size),
    termDf = new Int32Array(vocabulary.size);
  bags.names.forEach((list) => list.forEach((t) => (nameDf[t] += isFigure(t) ? 0 : 1)));
  bags.terms.forEach((list) => list.forEach((t) => termDf[t]++));
  const byEvent = new Map<string, number[]>();
  rows.forEach((a, i) => {
    const e = a.event_id ?? '';
    if (!e) return;
    const list = byEvent.get(e);
    if (list) list.push(i);
    else byEvent.set(e, [i]);
  });
  const inEvent = new Int32Array(vocabulary.size);
  /** Terms by how distinctive of the event's articles they are (distinctive), the first `k` of them. */
  const ranked = (lists: Int32Array[], members: number[], inCorpus: Int32Array, k: number, skip = isFigure) => {
    const used: number[] = [];
    for (const i of members) for (const t of lists[i]) if (!skip(t) && inEvent[t]++ === 0) used.push(t);
    const out = distinctive(used, inEvent, inCorpus, members.length, rows.length, term, k);
    for (const t of used) inEvent[t] = 0;
    return out;
  };

  const outlets = new Set(rows.map((a) => (a.outlet ?? '').toLowerCase()));
  const bylines = bylineNames(rows.map((a) => a.text ?? ''));
  const out: EventRow[] = [...byEvent]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, members]) => {
      const days = members
        .map((i) => dayOf(rows[i].published))
        .filter(Boolean)
        .sort();
      const topNames = pickNames(eventLabelNames(ranked(bags.names, members, nameDf, Infinity), outlets, bylines));
      const topTerms = ranked(bags.terms, members, termDf, TERMS + topNames.length, () => false).filter(
        (t) => !topNames.includes(t),
      );
      const kind = eventKind(
        members.map((i) => bags.lead[i]),
        term,
      );
      const label = labels.has(id)
        ? id
        : kind
          ? `${title(topNames[0] ?? '')} ${kind}`.trim()
          : topNames.map(title).join(', ');
      return {
        event_id: id,
        name: [label || id, dateSpan(days[0], days[days.length - 1])].filter(Boolean).join(', '),
        first_published: days[0] ?? null,
        last_published: days[days.length - 1] ?? null,
        articles: members.length,
        outlets: new Set(members.map((i) => rows[i].outlet ?? '')).size,
        terms: topTerms.slice(0, TERMS).join('; '),
      };
    });
  return toTable(EVENTS, out);
}

/**
 * Terms by how much more of the event's articles use them than of the corpus's: the share in the
 * event times the log of that share over the share in the corpus; ties by term. Terms used by one
 * article of a larger event say nothing of the event. The first `k` (firstK.ts), as strings.
 */
function distinctive(
  used: number[],
  inEvent: Int32Array,
  inCorpus: Int32Array,
  size: number,
  n: number,
  term: (id: number) => string,
  k: number,
): string[] {
  const min = size > 1 ? 2 : 1;
  // Each term's score and word count computed once, not in every comparison.
  const kept = used
    .filter((t) => inEvent[t] >= min)
    .map((id) => {
      const t = term(id);
      const score = (inEvent[id] / size) * Math.log(inEvent[id] / size / (inCorpus[id] / n) + 1);
      return { t, score, words: t.split(' ').length };
    });
  const before = (a: number, b: number) => {
    const x = kept[a],
      y = kept[b];
    return x.score > y.score || (x.score === y.score && (x.words > y.words || (x.words === y.words && x.t < y.t)));
  };
  return firstK(kept.length, k, before).map((x) => kept[x].t);
}

/** The event noun most of the articles' headlines and leads use ("earthquake", "talks"); ties by name. */
function eventKind(leads: Int32Array[], term: (id: number) => string): string {
  const count = new Map<string, number>();
  for (const lead of leads)
    for (const id of lead) {
      const t = term(id);
      if (EVENT_NOUNS.has(t)) count.set(t, (count.get(t) ?? 0) + 1);
    }
  return [...count].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? '';
}

/** The first two names, a run ("monterey park") standing for the words it holds. */
function pickNames(ranked: string[]): string[] {
  const picked: string[] = [];
  for (const name of ranked) {
    if (picked.length === 2) break;
    const words = name.split(' ');
    if (picked.some((p) => words.some((w) => p.split(' ').includes(w)))) continue;
    picked.push(name);
  }
  return picked;
}

const title = (name: string) => name.replace(/(^|[\s-])(\p{L})/gu, (_, s, c) => s + c.toUpperCase());

/** "9 Sep 2023", "9–13 Sep 2023", "28 Sep–2 Oct 2023", "30 Dec 2023–2 Jan 2024". */
export function dateSpan(first?: string, last?: string): string {
  if (!first || !last) return '';
  const [y1, m1, d1] = first.split('-').map(Number),
    [y2, m2, d2] = last.split('-').map(Number);
  if (first === last) return `${d1} ${MONTHS[m1 - 1]} ${y1}`;
  if (y1 !== y2) return `${d1} ${MONTHS[m1 - 1]} ${y1}–${d2} ${MONTHS[m2 - 1]} ${y2}`;
  if (m1 !== m2) return `${d1} ${MONTHS[m1 - 1]}–${d2} ${MONTHS[m2 - 1]} ${y2}`;
  return `${d1}–${d2} ${MONTHS[m2 - 1]} ${y2}`;
}
