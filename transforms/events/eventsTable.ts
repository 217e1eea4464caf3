// The events table: one row per event of the articles table, with a readable name ("Morocco
// earthquake, 9–13 Sep 2023") made of the name that most sets its articles apart from the rest of
// the corpus and the kind of event its headlines and leads name most often, and its publication dates.
import type { ColumnTable } from 'arquero';
import { ARTICLES, EVENTS, rowsOf, toTable, type EventRow } from '../schema/index.ts';
import { articleBags, type ArticleBags } from './articleBags.ts';
import { dayOf } from './eventInputs.ts';
import { EVENT_NOUNS } from '../text/lexicon/eventNouns.ts';

const TERMS = 8;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** `bags`: each article's bags (articleBags.ts) when the grouping has read them already. */
export function eventsTable(articles: ColumnTable, bags?: readonly ArticleBags[]): ColumnTable {
  const rows = rowsOf(ARTICLES, articles);
  bags ??= rows.map((a) => articleBags(a.text ?? ''));
  const docFreq = (pick: (i: number) => string[], ids: number[]) => {
    const df = new Map<string, number>();
    for (const i of ids) for (const t of new Set(pick(i))) df.set(t, (df.get(t) ?? 0) + 1);
    return df;
  };
  const all = rows.map((_, i) => i);
  const names = (i: number) => bags[i].names.filter((t) => !t.startsWith('#'));
  const terms = (i: number) => bags[i].terms;
  const nameDf = docFreq(names, all),
    termDf = docFreq(terms, all);
  const byEvent = new Map<string, number[]>();
  rows.forEach((a, i) => {
    const e = a.event_id ?? '';
    if (!e) return;
    const list = byEvent.get(e);
    if (list) list.push(i);
    else byEvent.set(e, [i]);
  });

  const out: EventRow[] = [...byEvent]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, members]) => {
      const days = members
        .map((i) => dayOf(rows[i].published))
        .filter(Boolean)
        .sort();
      const topNames = pickNames(distinctive(docFreq(names, members), nameDf, members.length, rows.length));
      const topTerms = distinctive(docFreq(terms, members), termDf, members.length, rows.length).filter(
        (t) => !topNames.includes(t),
      );
      const kind = eventKind(members.map((i) => bags[i].lead));
      const label = kind ? `${title(topNames[0] ?? '')} ${kind}`.trim() : topNames.map(title).join(', ');
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
 * article of a larger event say nothing of the event.
 */
function distinctive(inEvent: Map<string, number>, inCorpus: Map<string, number>, size: number, n: number): string[] {
  const min = size > 1 ? 2 : 1;
  const score = (t: string) => (inEvent.get(t)! / size) * Math.log(inEvent.get(t)! / size / (inCorpus.get(t)! / n) + 1);
  // Each term's score and word count computed once, not in every comparison.
  return [...inEvent.keys()]
    .filter((t) => inEvent.get(t)! >= min)
    .map((t) => ({ t, score: score(t), words: t.split(' ').length }))
    .sort((a, b) => b.score - a.score || b.words - a.words || (a.t < b.t ? -1 : 1))
    .map((x) => x.t);
}

/** The event noun most of the articles' headlines and leads use ("earthquake", "talks"); ties by name. */
function eventKind(leads: string[][]): string {
  const count = new Map<string, number>();
  for (const lead of leads)
    for (const t of new Set(lead)) if (EVENT_NOUNS.has(t)) count.set(t, (count.get(t) ?? 0) + 1);
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
