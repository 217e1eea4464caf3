// The articles table: one row per corpus file, its text as analysed (docs/CONTRACT.md) and what is
// known of it. The order of the steps matters:
//   1. normalise the text (Unicode, line endings, spaces) and join hard-wrapped lines, so that
//      every later pattern sees one form;
//   2. remove page furniture, so that "Share" is not taken for a headline nor a pull quote for
//      a second quote;
//   3. read the header (outlet line, headline, wire credit, publication date) from what is left;
//   4. let the manifest's values win over the text's, and say where `published` came from;
//   5. count the words of the text as analysed, last, so that furniture is not counted.
// `event_id` is left empty: the events transform fills it.
import type { ColumnTable } from 'arquero';
import { ARTICLES, toTable, type Article } from '../schema/index.ts';
import type { Codebook } from '../codebook/Codebook.ts';
import type { CorpusFile } from './CorpusFile.ts';
import type { ManifestRow } from './ManifestRow.ts';
import { normaliseText } from './normaliseText.ts';
import { unwrapLines } from './unwrapLines.ts';
import { toLines, joinLines } from './blocks.ts';
import { removeFurniture } from './removeFurniture.ts';
import { detectHeader } from './detectHeader.ts';
import { countWords } from './countWords.ts';
import { manifestFor } from './manifestFor.ts';

export function articles(
  files: readonly CorpusFile[],
  manifest: readonly ManifestRow[],
  codebook: Codebook,
): ColumnTable {
  const rows = manifestFor(files, manifest);
  return toTable(
    ARTICLES,
    files.map((f) => article(f, rows.get(f.file), codebook)),
  );
}

export function article(
  file: CorpusFile,
  row: ManifestRow | undefined,
  codebook: Pick<Codebook, 'outlets' | 'actors'>,
): Article {
  const lines = removeFurniture(toLines(unwrapLines(normaliseText(file.content))));
  const header = detectHeader(lines, codebook);
  const line = header.headline >= 0 ? lines[header.headline].text : '';
  const consumed = new Set([header.headline, header.outletLine, ...header.labels]);
  const body = joinLines(lines.filter((_, i) => !consumed.has(i)));
  // One new string for the text, the headline a part of it: the lines are parts of the file's
  // whole normalised text, which a headline taken from them would keep in memory for good.
  const text = body ? [line, body].join('\n\n') : line;
  const headline = text.slice(0, line.length);

  const published = row?.published || header.published?.published || null;
  return {
    article_id: file.article_id,
    file: file.file,
    outlet: row?.outlet || header.outlet,
    wire: header.wire?.wire ?? '',
    published,
    published_source: row?.published ? 'manifest' : published ? 'text' : 'unknown',
    headline,
    event_id: '',
    url: row?.url ?? '',
    words: countWords(text),
    text,
  };
}
