// framing_salience: how prominent each actor is in each outlet's coverage of an event. `share`
// is the actor's part of all the outlet's actor mentions in the event; `in_headline` and
// `in_lead` say whether any of the outlet's articles names it there; `first_sentence` is the
// smallest sentence index at which one of them first names it. Mentions with no actor are left out,
// and so are mentions whose article or sentence is unknown.
// Counted in maps over the mention rows (joining outlets and sentences onto every mention was the
// slowest part of the comparison after term counting); rows go by event, outlet, mentions from
// the most, then actor.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { FRAMING_SALIENCE } from '../schema/index.ts';
import { leadRows } from './leadSentences.ts';
import { outletOfArticle } from './outletOfArticle.ts';
import { codeUnitOrder } from './codeUnitOrder.ts';

interface Counted {
  event_id: string;
  outlet: string;
  actor_id: string;
  mentions: number;
  in_headline: boolean;
  in_lead: boolean;
  first_sentence: number | null;
}

export function salience(mentions: ColumnTable, sentences: ColumnTable, outlets: ColumnTable): ColumnTable {
  const outletOf = outletOfArticle(outlets);
  const sentenceRow = new Map<string, number>();
  (sentences.array('sentence_id') as string[]).forEach((id, r) => sentenceRow.set(id, r));
  const paragraphs = sentences.array('paragraph') as (number | null)[];
  const indexes = sentences.array('index') as (number | null)[];
  const lead = new Uint8Array(sentences.numRows());
  for (const r of leadRows(sentences)) lead[r] = 1;

  const articles = mentions.array('article_id') as string[];
  const sentenceIds = mentions.array('sentence_id') as string[];
  const actors = mentions.array('actor_id') as (string | null)[];
  const headline = mentions.array('in_headline') as (boolean | null)[];
  const groups = new Map<string, Counted>();
  const totals = new Map<string, number>();
  for (let m = 0; m < articles.length; m++) {
    const actor = actors[m];
    if (actor == null || actor === '') continue;
    const o = outletOf.get(articles[m]);
    const s = sentenceRow.get(sentenceIds[m]);
    if (!o || s === undefined) continue;
    const outletKey = `${o.event_id}\u0000${o.outlet}`;
    const key = `${outletKey}\u0000${actor}`;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = {
          event_id: o.event_id,
          outlet: o.outlet,
          actor_id: actor,
          mentions: 0,
          in_headline: false,
          in_lead: false,
          first_sentence: null,
        }),
      );
    g.mentions++;
    totals.set(outletKey, (totals.get(outletKey) ?? 0) + 1);
    if (headline[m] === true || paragraphs[s] === 0) g.in_headline = true;
    if (lead[s]) g.in_lead = true;
    const index = indexes[s];
    if (index != null && (g.first_sentence === null || index < g.first_sentence)) g.first_sentence = index;
  }
  const rows = [...groups.values()].sort(
    (a, b) =>
      codeUnitOrder(a.event_id, b.event_id) ||
      codeUnitOrder(a.outlet, b.outlet) ||
      b.mentions - a.mentions ||
      codeUnitOrder(a.actor_id, b.actor_id),
  );
  const out: Record<string, unknown[]> = Object.fromEntries(FRAMING_SALIENCE.names.map((n) => [n, []]));
  for (const g of rows) {
    out.event_id.push(g.event_id);
    out.outlet.push(g.outlet);
    out.actor_id.push(g.actor_id);
    out.mentions.push(g.mentions);
    out.share.push(g.mentions / (totals.get(`${g.event_id}\u0000${g.outlet}`) as number));
    out.in_headline.push(g.in_headline);
    out.in_lead.push(g.in_lead);
    out.first_sentence.push(g.first_sentence);
  }
  return aq.table(out);
}
