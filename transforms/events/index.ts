// Events: which articles report the same event. The manifest's `event` column decides where it is
// given; otherwise articles are grouped by publication date (at most two days apart), by the days
// their leads report as having happened (the same day, or a day apart; not further), and by the
// similarity of what they report (TF-IDF cosine of content words and word pairs). Events come before dates: an article with no publication date takes the latest
// publication date of its event as its reference (published_source = 'event').
import type { ColumnTable } from 'arquero';
import type { ManifestRow } from '../articles/ManifestRow.ts';
import { ARTICLES, toTable, rowsOf, type Article } from '../schema/index.ts';
import { contentTerms } from './contentTerms.ts';
import { tfidfVectors } from './similarity.ts';
import { reportedDays, epochDay } from './reportedDays.ts';
import { clusterEvents } from './clusterEvents.ts';
import { eventName } from './eventName.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

export function events(articles: ColumnTable, manifest: ManifestRow[]): ColumnTable {
  const rows = rowsOf(ARTICLES, articles);
  const labelOf = new Map(manifest.filter((m) => m.event.trim()).map((m) => [m.file, m.event.trim()]));
  const published = rows.map((a) => dayOf(a.published));
  const vectors = tfidfVectors(rows.map((a) => contentTerms(a.text ?? '')));
  const group = clusterEvents(
    rows.map((a, i) => ({
      label: labelOf.get(a.file ?? '') ?? '',
      day: published[i]
        ? epochDay(+published[i].slice(0, 4), +published[i].slice(5, 7), +published[i].slice(8, 10))
        : null,
      vector: vectors[i],
      reported: reportedDays(a.text ?? '', published[i]),
    })),
  );

  const ids = new Map<number, string>();
  const latest = new Map<number, string>();
  const used = new Set<string>();
  for (const g of [...new Set(group)].sort((a, b) => a - b)) {
    const members = rows.map((_, i) => i).filter((i) => group[i] === g);
    const days = members
      .map((i) => published[i])
      .filter(Boolean)
      .sort();
    latest.set(g, days[days.length - 1] ?? '');
    const label = members.map((i) => labelOf.get(rows[i].file ?? '')).find(Boolean);
    let id =
      label ??
      eventName(
        members.map((i) => rows[i].text ?? ''),
        days[0] ?? '',
      );
    for (let k = 2; used.has(id); k++)
      id = `${
        label ??
        eventName(
          members.map((i) => rows[i].text ?? ''),
          days[0] ?? '',
        )
      }-${k}`;
    used.add(id);
    ids.set(g, id);
  }
  const out: Article[] = rows.map((a, i) => {
    const row = { ...a, event_id: ids.get(group[i]) ?? '' };
    if (!published[i] && latest.get(group[i])) {
      row.published = latest.get(group[i])!;
      row.published_source = 'event';
    }
    return row;
  });
  return toTable(ARTICLES, out);
}

function dayOf(value: unknown): string {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  return ISO_DAY.test(iso) ? iso.slice(0, 10) : '';
}
