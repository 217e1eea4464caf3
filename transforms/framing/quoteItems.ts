// The direct quotes each outlet carries in an event, as omission items. The same quote in two
// outlets is rarely the same string (curly or straight marks, a clause cut, a word changed), so
// quotes are grouped: a quote joins the first earlier quote of the event with which it shares at
// least half of the shorter one's 5-word shingles (or, for quotes under five words, whose word
// sequence contains it). An outlet carries a group when one of its quotes is in it, or when its
// articles contain at least half the group's first quote anyway (quoted without marks, or split
// differently). key: the group's first quote id; item: its speaker and first eight words.
import * as aq from 'arquero';
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Quote, Article } from '../schema/index.ts';
import { words } from './words.ts';
import { articleShingles } from './articleShingles.ts';

export const QUOTE_MATCH = 0.5;
const FIRST_WORDS = 8;

interface Passage {
  words: string[];
  shingles: Set<string>;
  joined?: string;
}

/** The passage's words between spaces, built once: short quotes are searched in it. */
const joinedWords = (p: Passage) => (p.joined ??= ` ${p.words.join(' ')} `);

/** Whether at least half of `a` (the shorter side when `either`) is found in `b`. */
function found(a: Passage, b: Passage, either: boolean): boolean {
  const [small, big] = either && b.words.length < a.words.length ? [b, a] : [a, b];
  if (small.shingles.size === 0) return small.words.length > 0 && joinedWords(big).includes(joinedWords(small));
  let n = 0;
  for (const s of small.shingles) if (big.shingles.has(s)) n++;
  return n / small.shingles.size >= QUOTE_MATCH;
}

function firstWords(text: string): string {
  const w = text.trim().split(/\s+/);
  return w.length > FIRST_WORDS ? `${w.slice(0, FIRST_WORDS).join(' ')}…` : w.join(' ');
}

interface QuoteRow {
  quote_id: string;
  article_id: string;
  event_id: string;
  outlet: string;
  speaker: string | null;
  text: string | null;
}

export function quoteItems(
  quotes: ColumnTable,
  articles: ColumnTable,
  actors: ColumnTable,
  outlets: ColumnTable,
): ColumnTable {
  const names = new Map((actors.objects() as { actor_id: string; name: string }[]).map((a) => [a.actor_id, a.name]));
  // Everything below is looked up within one event: outlets' texts and quote groups by event.
  // An outlet's text is its articles' words end to end (article_id order), shingled once per
  // article (articleShingles, shared with reuse); with several articles, the run is shingled
  // whole, so that a shingle across two articles counts as it did in the joined text.
  const { keys, byArticle: features } = articleShingles(articles);
  // The same quote text (a reprinted story) is read once.
  const passages = new Map<string, Passage>();
  const passage = (text: string): Passage => {
    let p = passages.get(text);
    if (!p) {
      const w = words(text);
      passages.set(text, (p = { words: w, shingles: keys.of(w) }));
    }
    return p;
  };
  const outletTexts = new Map<string, { outlet: string; text: Passage }[]>();
  const grouped = outlets
    .select('article_id', 'event_id', 'outlet')
    .orderby('event_id', 'outlet', 'article_id')
    .groupby('event_id', 'outlet')
    .rollup({ ids: (d: Article) => op.array_agg(d.article_id) });
  for (const r of grouped.objects() as { event_id: string; outlet: string; ids: string[] }[]) {
    const parts = r.ids.map((id) => features.get(id) ?? { words: [], shingles: new Set<string>() });
    const w = parts.length === 1 ? parts[0].words : parts.flatMap((p) => p.words);
    const entry = {
      outlet: r.outlet,
      text: { words: w, shingles: parts.length === 1 ? parts[0].shingles : keys.of(w) },
    };
    const list = outletTexts.get(r.event_id);
    if (list) list.push(entry);
    else outletTexts.set(r.event_id, [entry]);
  }

  const rows = quotes
    .filter((d: Quote) => d.kind === 'direct' && d.text != null && d.text !== '')
    .join(outlets.select('article_id', 'event_id', 'outlet'), 'article_id')
    .orderby('event_id', 'article_id', 'start')
    .objects() as QuoteRow[];
  type Group = { event_id: string; key: string; item: string; first: Passage; outlets: Set<string> };
  const groups: Group[] = [];
  const eventGroups = new Map<string, Group[]>();
  for (const q of rows) {
    const p = passage(q.text!);
    const inEvent = eventGroups.get(q.event_id) ?? [];
    const group = inEvent.find((g) => found(p, g.first, true));
    if (group) {
      group.outlets.add(q.outlet);
      continue;
    }
    const speaker = q.speaker ? (names.get(q.speaker) ?? q.speaker) : '';
    const item = `${speaker ? `${speaker}: ` : ''}“${firstWords(q.text!)}”`;
    const created = { event_id: q.event_id, key: q.quote_id, item, first: p, outlets: new Set([q.outlet]) };
    groups.push(created);
    if (inEvent.length) inEvent.push(created);
    else eventGroups.set(q.event_id, [created]);
  }
  const out = {
    event_id: [] as string[],
    outlet: [] as string[],
    item_type: [] as string[],
    key: [] as string[],
    item: [] as string[],
  };
  for (const g of groups) {
    for (const { outlet, text } of outletTexts.get(g.event_id) ?? []) {
      if (!(g.outlets.has(outlet) || found(g.first, text, false))) continue;
      out.event_id.push(g.event_id);
      out.outlet.push(outlet);
      out.item_type.push('quote');
      out.key.push(g.key);
      out.item.push(g.item);
    }
  }
  return aq.table(out);
}
