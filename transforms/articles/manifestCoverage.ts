// What the manifest and the corpus folder disagree on, as warnings (docs/CONTRACT.md): a manifest
// row naming no file of the corpus (its values go nowhere; manifestFor leaves it out) and, when
// there is a manifest, a corpus file with no row (its outlet and date come from its text).
import { describePlace } from '../InputError.ts';
import type { ManifestRow } from './ManifestRow.ts';
import type { CorpusFile } from './CorpusFile.ts';

export function manifestCoverage(files: readonly CorpusFile[], manifest: readonly ManifestRow[]): string[] {
  if (manifest.length === 0) return [];
  const names = new Set(files.flatMap((f) => [f.file, f.article_id]));
  const listed = new Set(manifest.map((r) => r.file));
  const missing = manifest
    .filter((r) => !names.has(r.file))
    .map(
      (r) =>
        `${describePlace({ file: r.source ?? 'manifest', sheet: r.sheet, row: r.row, column: 'file' })}: ` +
        `"${r.file}" is not in the corpus folder (or was skipped); the row is left out`,
    );
  const unlisted = files
    .filter((f) => !listed.has(f.file) && !listed.has(f.article_id))
    .map((f) => `${f.file}: no row in the manifest; its outlet and date are taken from its text`);
  return [...missing, ...unlisted];
}
