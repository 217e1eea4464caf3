// STUB (owner: events/dates engineer): replace with the real event grouping.
import type { ColumnTable } from 'arquero';
import type { ManifestRow } from '../../sheets/readManifest.ts';
export function events(articles: ColumnTable, _manifest: ManifestRow[]): ColumnTable {
  return articles.derive({ event_id: (d: any) => d.published || 'unknown' });
}
