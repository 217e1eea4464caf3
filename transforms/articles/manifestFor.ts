// The manifest row of each corpus file. A row names a file by its name with extension (or, leniently,
// by its article id); a row naming no file of the corpus is left out here, and reported as a
// warning by manifestCoverage.ts.
import type { ManifestRow } from './ManifestRow.ts';
import type { CorpusFile } from './CorpusFile.ts';

export function manifestFor(files: readonly CorpusFile[], manifest: readonly ManifestRow[]): Map<string, ManifestRow> {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const byId = new Map(files.map((f) => [f.article_id, f]));
  const out = new Map<string, ManifestRow>();
  for (const row of manifest) {
    const file = byFile.get(row.file) ?? byId.get(row.file);
    if (file) out.set(file.file, row);
  }
  return out;
}
