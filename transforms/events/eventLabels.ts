// The event labels a manifest gives (its event column), which name their events as the user wrote them.
import type { ManifestRow } from '../articles/ManifestRow.ts';

/** The distinct labels of the manifest's event column, trimmed, in sorted order. */
export function eventLabels(manifest: readonly ManifestRow[]): string[] {
  return [...new Set(manifest.map((m) => m.event.trim()).filter(Boolean))].sort();
}
