// How the events were formed, in one sentence for the About sheet.
import type { ManifestRow } from '../articles/ManifestRow.ts';
import { MERGE_AT, type EventGranularity } from './granularity.ts';

export function eventsMethod(manifest: ManifestRow[], granularity: EventGranularity): string {
  const labelled = manifest.filter((m) => m.event.trim()).length;
  const grouped =
    `grouped by a pair model (shared names, figures, terms and lead, publication dates, the days the leads report) ` +
    `and average-linkage clustering; --events ${granularity} (merge at probability ${MERGE_AT[granularity]})`;
  if (!labelled) return `No event column in the manifest: articles ${grouped}.`;
  return `The manifest's event column for ${labelled} article(s); the others ${grouped}.`;
}
