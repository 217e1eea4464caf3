// The corpus folder: every .txt, .md, .html and .htm file in it (the manifest and a folder's
// README aside), decoded whatever its encoding, with Markdown and HTML turned into plain text. Sorted by file name, so
// that every run sees the articles in the same order. The article id is the file name without
// its extension. A file that is empty, binary (by its content: a PNG renamed .txt) or over the
// size limit is skipped with a warning pushed onto `warnings`, never read as an article.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, basename, join } from 'node:path';
import { decodeText } from './decodeText.ts';
import { htmlToText } from './htmlToText.ts';
import { markdownToText } from './markdownToText.ts';
import { notTextReason } from './corpus/notTextReason.ts';
import { InputError } from '../transforms/InputError.ts';
import type { CorpusFile } from '../transforms/articles/CorpusFile.ts';

const FORMATS: Record<string, CorpusFile['format']> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

/** Files over this many bytes are skipped (`--max-file-size`): 2 MB is some 300,000 words. */
export const MAX_FILE_SIZE = 2_000_000;

export interface CorpusLimits {
  maxFileSize?: number;
  /** Where the skipped files are reported, one line each. */
  warnings?: string[];
}

export async function readCorpus(
  dir: string,
  { maxFileSize = MAX_FILE_SIZE, warnings = [] }: CorpusLimits = {},
): Promise<CorpusFile[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    throw new InputError({ file: dir }, 'cannot read the corpus folder');
  }
  const names = entries
    .filter(
      (e) =>
        e.isFile() &&
        FORMATS[extname(e.name).toLowerCase()] &&
        !/^(manifest|readme)\./i.test(e.name) &&
        !e.name.startsWith('.'),
    )
    .map((e) => e.name)
    .sort(byCodePoint);

  const files: CorpusFile[] = [];
  const ids = new Map<string, string>();
  for (const file of names) {
    const article_id = basename(file, extname(file));
    const clash = ids.get(article_id);
    if (clash)
      throw new InputError(
        { file: join(dir, file) },
        `same article id "${article_id}" as ${clash}; rename one of them`,
      );
    ids.set(article_id, file);
    const format = FORMATS[extname(file).toLowerCase()];
    const { size } = await stat(join(dir, file));
    if (size > maxFileSize) {
      warnings.push(
        `${join(dir, file)}: skipped, ${megabytes(size)} is over the ${megabytes(maxFileSize)} limit (--max-file-size)`,
      );
      continue;
    }
    const bytes = await readFile(join(dir, file));
    const { text } = decodeText(bytes);
    const reason = notTextReason(bytes, text);
    if (reason) {
      warnings.push(`${join(dir, file)}: skipped, ${reason}`);
      continue;
    }
    files.push({ article_id, file, format, content: toPlainText(text, format) });
  }
  return files;
}

function toPlainText(text: string, format: CorpusFile['format']): string {
  if (format === 'html') return htmlToText(text);
  if (format === 'md') return markdownToText(text);
  return text;
}

/** Sorting by code point, not locale, gives the same order on every machine. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 100_000 ? 3 : 1)} MB`;
}
