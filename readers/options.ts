// The notebook's command line (CONTRACT.md): --corpus, --manifest, --codebook, --out, --chart-size, --review.
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../transforms/InputError.ts';

export interface Options {
  corpus: string;
  /** The manifest file, or null when none was given and the corpus folder holds none. */
  manifest: string | null;
  codebook: string;
  out: string;
  chartSize: { width: number; height: number };
  /** A reviewed workbook of an earlier run, or null when none was given and the corpus folder holds none. */
  review?: string | null;
}

export const USAGE =
  'usage: npm run notebook -- [--corpus DIR] [--manifest FILE] [--codebook FILE] [--out DIR] [--chart-size WxH] [--review FILE]';

const root = resolve(import.meta.dirname, '..');

export function parseOptions(argv: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string' },
        manifest: { type: 'string' },
        codebook: { type: 'string' },
        out: { type: 'string' },
        'chart-size': { type: 'string' },
        review: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (e) {
    throw new InputError({ file: 'command line' }, `${(e as Error).message}. ${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }

  const corpus = values.corpus ?? join(root, 'corpus');
  if (!existsSync(corpus) || !statSync(corpus).isDirectory())
    throw new InputError({ file: corpus }, 'no such corpus folder');
  const codebook = values.codebook ?? join(root, 'sheets', 'codebook.xlsx');
  if (!existsSync(codebook)) throw new InputError({ file: codebook }, 'no such codebook file');
  let manifest: string | null = values.manifest ?? null;
  if (manifest && !existsSync(manifest)) throw new InputError({ file: manifest }, 'no such manifest file');
  if (!manifest)
    manifest = ['manifest.xlsx', 'manifest.csv'].map((f) => join(corpus, f)).find((f) => existsSync(f)) ?? null;

  let review: string | null = values.review ?? null;
  if (review && !existsSync(review)) throw new InputError({ file: review }, 'no such review file');
  if (!review) review = [join(corpus, 'review.xlsx')].find((f) => existsSync(f)) ?? null;

  return {
    corpus,
    manifest,
    codebook,
    review,
    out: values.out ?? join(root, 'output'),
    chartSize: parseSize(values['chart-size'] ?? '1920x1080'),
  };
}

function parseSize(value: string): Options['chartSize'] {
  const m = /^(\d{2,5})x(\d{2,5})$/.exec(value);
  if (!m)
    throw new InputError(
      { file: 'command line' },
      `--chart-size wants WIDTHxHEIGHT in pixels, such as 1920x1080, not "${value}"`,
    );
  return { width: Number(m[1]), height: Number(m[2]) };
}
