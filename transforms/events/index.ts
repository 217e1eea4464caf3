// Events: which articles report the same event. The manifest's `event` column decides where it is
// given; otherwise a pair model (shared names, figures, terms and lead; publication gap; the days
// the leads report) gives each candidate pair a probability of being one event, and average-linkage
// clustering groups them (README.md). Events come before dates: an article with no publication
// date takes the latest publication date of its event as its reference (published_source = 'event').
import type { ColumnTable } from 'arquero';
import type { ManifestRow } from '../articles/ManifestRow.ts';
import { ARTICLES, toTable, rowsOf, type Article } from '../schema/index.ts';
import { eventInputs, type EventReading } from './eventInputs.ts';
import { clusterEvents } from './clusterEvents.ts';
import { eventName } from './eventName.ts';
import { MERGE_AT, type EventGranularity } from './granularity.ts';

export function events(
  articles: ColumnTable,
  manifest: ManifestRow[],
  granularity: EventGranularity = 'normal',
  reading: EventReading = eventInputs(articles),
): ColumnTable {
  const rows = rowsOf(ARTICLES, articles);
  const labelOf = new Map(manifest.filter((m) => m.event.trim()).map((m) => [m.file, m.event.trim()]));
  const { published, inputs } = reading;
  const group = clusterEvents(
    inputs.map((input, i) => ({ ...input, label: labelOf.get(rows[i].file ?? '') ?? '' })),
    MERGE_AT[granularity],
  );

  const ids = new Map<number, string>();
  const latest = new Map<number, string>();
  const used = new Set<string>();
  const next = new Map<string, number>();
  const membersOf = new Map<number, number[]>();
  group.forEach((g, i) => {
    const list = membersOf.get(g);
    if (list) list.push(i);
    else membersOf.set(g, [i]);
  });
  for (const g of [...membersOf.keys()].sort((a, b) => a - b)) {
    const members = membersOf.get(g)!;
    const days = members
      .map((i) => published[i])
      .filter(Boolean)
      .sort();
    latest.set(g, days[days.length - 1] ?? '');
    const label = members.map((i) => labelOf.get(rows[i].file ?? '')).find(Boolean);
    const base =
      label ??
      eventName(
        members.map((i) => rows[i].text ?? ''),
        days[0] ?? '',
      );
    // `base`, else `base-2`, `base-3`...: the first not taken, looked for from where the last
    // event of this base stopped (taken ids stay taken), not from 2 each time.
    let k = next.get(base) ?? 2;
    let id = k === 2 ? base : `${base}-${k}`;
    while (used.has(id)) id = `${base}-${k++}`;
    next.set(base, k);
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
