// Sentence alignment side by side: how many of each outlet's sentences are shared with another
// outlet's, paraphrased, or unique to it (alignment's status). One row per event, status and outlet
// of the event, zeros included, by event, then status in that order, then outlet. Feeds the
// Sentences block of the Outlets sheets.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { outletOfArticle } from './outletOfArticle.ts';
import { ALIGNMENT_STATUSES } from './alignment.ts';

export function sentencesByStatus(alignment: ColumnTable, outlets: ColumnTable): ColumnTable {
  const byArticle = outletOfArticle(outlets);
  const counts = new Map<string, number>();
  for (const s of alignment.objects() as { article_id: string; status: string }[]) {
    const group = byArticle.get(s.article_id);
    if (!group) continue;
    const key = `${group.event_id}\t${s.status}\t${group.outlet}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const outletsOf = new Map<string, string[]>();
  for (const o of outlets.objects() as { event_id: string; outlet: string }[]) {
    const list = outletsOf.get(o.event_id) ?? [];
    if (!list.includes(o.outlet)) list.push(o.outlet);
    outletsOf.set(o.event_id, list);
  }
  const rows = [...outletsOf].flatMap(([event_id, names]) =>
    ALIGNMENT_STATUSES.flatMap((status) =>
      names.map((outlet) => ({
        event_id,
        status,
        outlet,
        sentences: counts.get(`${event_id}\t${status}\t${outlet}`) ?? 0,
      })),
    ),
  );
  return aq.from(rows, ['event_id', 'status', 'outlet', 'sentences']);
}
