// framing_labels: the descriptors each outlet attaches to each actor in an event ("Syrian
// strongman", "Russian ally"), counted, with their connotation from the codebook's labels sheet.
// Descriptors that differ only in case are one descriptor ("Top US diplomat" at the start of a
// sentence, "top US diplomat" inside one); the row shows the form that sorts first. Counted in
// maps over the mention rows, each descriptor's connotation looked up once; rows go by event,
// outlet, actor, count from the most, then the lower-cased descriptor.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { LabelTerm } from '../codebook/Codebook.ts';
import { FRAMING_LABELS } from '../schema/index.ts';
import { labelConnotation } from './labelConnotation.ts';
import { outletOfArticle } from './outletOfArticle.ts';
import { codeUnitOrder } from './codeUnitOrder.ts';

interface Counted {
  event_id: string;
  outlet: string;
  actor_id: string;
  key: string;
  descriptor: string;
  count: number;
}

export function labels(mentions: ColumnTable, outlets: ColumnTable, labelTerms: readonly LabelTerm[]): ColumnTable {
  const match = labelConnotation(labelTerms);
  const outletOf = outletOfArticle(outlets);
  const articles = mentions.array('article_id') as string[];
  const actors = mentions.array('actor_id') as (string | null)[];
  const descriptors = mentions.array('descriptor') as (string | null)[];
  const groups = new Map<string, Counted>();
  for (let m = 0; m < articles.length; m++) {
    const actor = actors[m];
    const raw = descriptors[m];
    if (actor == null || actor === '' || raw == null) continue;
    const trimmed = String(raw).trim();
    if (trimmed === '') continue;
    const o = outletOf.get(articles[m]);
    if (!o) continue;
    const descriptor = trimmed.replace(/\s+/g, ' ');
    const key = descriptor.toLowerCase();
    const id = `${o.event_id}\u0000${o.outlet}\u0000${actor}\u0000${key}`;
    const g = groups.get(id);
    if (!g) groups.set(id, { event_id: o.event_id, outlet: o.outlet, actor_id: actor, key, descriptor, count: 1 });
    else {
      g.count++;
      if (descriptor < g.descriptor) g.descriptor = descriptor;
    }
  }
  const rows = [...groups.values()].sort(
    (a, b) =>
      codeUnitOrder(a.event_id, b.event_id) ||
      codeUnitOrder(a.outlet, b.outlet) ||
      codeUnitOrder(a.actor_id, b.actor_id) ||
      b.count - a.count ||
      codeUnitOrder(a.key, b.key),
  );
  const connotations = new Map<string, string>();
  const connotationOf = (descriptor: string) => {
    let c = connotations.get(descriptor);
    if (c === undefined) connotations.set(descriptor, (c = match(descriptor)?.connotation ?? ''));
    return c;
  };
  return aq
    .table({
      event_id: rows.map((r) => r.event_id),
      outlet: rows.map((r) => r.outlet),
      actor_id: rows.map((r) => r.actor_id),
      descriptor: rows.map((r) => r.descriptor),
      count: rows.map((r) => r.count),
      connotation: rows.map((r) => connotationOf(r.descriptor)),
    })
    .select(...FRAMING_LABELS.names);
}
