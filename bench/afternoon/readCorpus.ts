// A corpus folder as Framebook reads it: every .txt file is an article (id = file name without
// extension), a manifest.csv beside them gives outlet, published, url and event.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface Article {
  id: string;
  file: string;
  text: string;
  headline: string;
  outlet: string;
  published: string;
  url: string;
  event: string;
}

type ManifestRow = Record<string, string>;

function readManifest(dir: string): Map<string, ManifestRow> {
  const path = join(dir, 'manifest.csv');
  if (!existsSync(path)) return new Map();
  const options = { columns: true, bom: true, skip_empty_lines: true, trim: true };
  const rows: ManifestRow[] = parse(readFileSync(path, 'utf8'), options);
  return new Map(rows.map((r) => [r.file, r]));
}

export function readCorpus(dir: string): Article[] {
  const manifest = readManifest(dir);
  return readdirSync(dir)
    .filter((f) => extname(f) === '.txt')
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .trim();
      const m = manifest.get(file) ?? {};
      return {
        id: basename(file, '.txt'),
        file,
        text,
        headline: text.split('\n')[0],
        outlet: m.outlet ?? '',
        published: m.published ?? '',
        url: m.url ?? '',
        event: m.event ?? '',
      };
    });
}
