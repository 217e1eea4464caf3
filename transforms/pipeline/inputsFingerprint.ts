// A fingerprint of what a run reads: the corpus files (names and texts), the manifest's rows, the
// codebook's content and --events, as a SHA-256 in hex. Paths are left out (the shards of one run may
// read the same files from different folders); every shard of a split run writes it in its
// shard.json, so that the merge can refuse shards of different corpora or codebooks.
import { createHash } from 'node:crypto';
import type { CorpusFile } from '../articles/CorpusFile.ts';
import type { ManifestRow } from '../articles/ManifestRow.ts';
import type { Codebook } from '../codebook/Codebook.ts';
import type { EventGranularity } from '../events/granularity.ts';

/** Where a manifest row or a codebook row was read from: not part of what it says. */
const MANIFEST_PLACES = new Set(['source', 'sheet', 'row']);
const CODEBOOK_PLACES = new Set(['file', 'ref']);

export function inputsFingerprint(
  files: readonly CorpusFile[],
  manifest: readonly ManifestRow[],
  codebook: Codebook,
  granularity: EventGranularity,
): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.file}\0${f.content}\0`);
  const without = (places: Set<string>) => (key: string, value: unknown) => (places.has(key) ? undefined : value);
  hash.update(JSON.stringify(manifest, without(MANIFEST_PLACES)));
  hash.update(JSON.stringify(codebook, without(CODEBOOK_PLACES)));
  hash.update(granularity);
  return hash.digest('hex');
}
