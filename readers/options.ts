// The notebook's command line (docs/CONTRACT.md): --corpus, --manifest, --codebook, --out, --chart-size,
// --review, --events, --max-file-size, --jobs, --max-rows, --timings, --quiet, --watch, --shard, --merge.
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { InputError } from '../transforms/InputError.ts';
import { GRANULARITIES, type EventGranularity } from '../transforms/events/granularity.ts';
import type { Shard } from '../transforms/pipeline/shardOf.ts';
import { parseShard } from './parseShard.ts';

export interface Options {
  corpus: string;
  /** The manifest file, or null when none was given and the corpus folder holds none. */
  manifest: string | null;
  codebook: string;
  out: string;
  chartSize: { width: number; height: number };
  /** A reviewed workbook of an earlier run, or null when none was given and the corpus folder holds none. */
  review?: string | null;
  /** How coarse the grouping into events is, where the manifest names no event (transforms/events/README.md). */
  events: EventGranularity;
  /** Corpus files over this many bytes are skipped with a warning. */
  maxFileSize?: number;
  /** Worker threads for the per-article extraction (1: in the main thread). */
  jobs: number;
  /** Record sheets of the workbook stop after this many rows (the CSV and Parquet files hold every row). */
  maxRows: number;
  /** Print each stage's wall time and the peak memory on stderr. */
  timings: boolean;
  /** Print nothing on stderr but errors. */
  quiet: boolean;
  /** After the run, run again whenever the corpus, the manifest or the codebook changes. */
  watch?: boolean;
  /** --shard i/n: extract only the events that hash to shard i of n, and write tables and shard.json only. */
  shard?: Shard | null;
  /** --merge DIR...: the output folders of the shards of one split run, to join into --out. */
  merge?: string[] | null;
}

export const USAGE =
  'usage: npm run notebook -- [--corpus DIR] [--manifest FILE] [--codebook FILE] [--out DIR] [--chart-size WxH]' +
  ' [--review FILE] [--events coarser|normal|finer] [--max-file-size 2MB] [--jobs N] [--max-rows N] [--timings]' +
  ' [--quiet] [--watch] [--shard i/n] [--merge DIR...]';

/** --help: the usage line, then what the flags of a split run do (docs/CONTRACT.md has them all). */
export const HELP = [
  USAGE,
  '  --shard i/n     extract only the events whose id hashes to shard i of n (1 <= i <= n; every event whole',
  '                  in one shard); writes tables/ (CSV + Parquet) and shard.json, but no charts, report,',
  '                  workbook or deck. Not with a review.',
  '  --merge DIR...  join the output folders of shards 1..n of one split run into --out: the same tables,',
  '                  charts, report, workbook and deck as one run over the whole corpus.',
].join('\n');

const root = resolve(import.meta.dirname, '..');

export function parseOptions(argv: string[]): Options {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string' },
        manifest: { type: 'string' },
        codebook: { type: 'string' },
        out: { type: 'string' },
        'chart-size': { type: 'string' },
        review: { type: 'string' },
        events: { type: 'string' },
        'max-file-size': { type: 'string' },
        jobs: { type: 'string' },
        'max-rows': { type: 'string' },
        timings: { type: 'boolean' },
        quiet: { type: 'boolean' },
        watch: { type: 'boolean' },
        shard: { type: 'string' },
        merge: { type: 'string', multiple: true },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: true,
    }));
  } catch (e) {
    throw new InputError({ file: 'command line' }, `${(e as Error).message}. ${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    process.exit(0);
  }

  // --merge out/shard* : the shell gives the folders after the first as plain arguments.
  if (positionals.length && !values.merge)
    throw new InputError({ file: 'command line' }, `unexpected argument "${positionals[0]}". ${USAGE}`);
  const merge = values.merge ? [...values.merge, ...positionals] : null;
  if (merge) return mergeOptions(values, merge);
  const shard = values.shard === undefined ? null : parseShard(values.shard);

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
  if (shard && review)
    throw new InputError(
      { file: review },
      '--shard does not apply a review (its drops and fixes change the actors, candidates and proposal keys ' +
        'across the corpus): run without --shard, or move the review away',
    );

  return {
    corpus,
    manifest,
    codebook,
    review,
    out: values.out ?? join(root, 'output'),
    chartSize: parseSize(values['chart-size'] ?? '1920x1080'),
    events: parseGranularity(values.events ?? 'normal'),
    maxFileSize: parseBytes(values['max-file-size'] ?? '2MB'),
    jobs: parseCount('--jobs', values.jobs, availableParallelism()),
    maxRows: parseCount('--max-rows', values['max-rows'], 100_000),
    timings: values.timings ?? false,
    quiet: values.quiet ?? false,
    watch: values.watch ?? false,
    shard,
    merge: null,
  };
}

/**
 * --merge DIR...: the folders must exist; the corpus, manifest, codebook and --events come from their
 * shard.json (readers/readShards.ts), so flags that choose or read inputs are refused.
 */
function mergeOptions(values: Record<string, string | string[] | boolean | undefined>, merge: string[]): Options {
  const inputFlag = ['corpus', 'manifest', 'codebook', 'review', 'events', 'max-file-size', 'shard', 'watch'].find(
    (f) => values[f] !== undefined,
  );
  if (inputFlag)
    throw new InputError(
      { file: 'command line' },
      `--merge takes the inputs of the shards it joins (their shard.json), not --${inputFlag}`,
    );
  for (const dir of merge)
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError({ file: dir }, 'no such shard folder');
  const text = (flag: string) => values[flag] as string | undefined;
  return {
    corpus: '',
    manifest: null,
    codebook: '',
    review: null,
    out: text('out') ?? join(root, 'output'),
    chartSize: parseSize(text('chart-size') ?? '1920x1080'),
    events: 'normal',
    jobs: parseCount('--jobs', text('jobs'), availableParallelism()),
    maxRows: parseCount('--max-rows', text('max-rows'), 100_000),
    timings: values.timings === true,
    quiet: values.quiet === true,
    watch: false,
    shard: null,
    merge,
  };
}

function parseCount(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d{0,8}$/.test(value))
    throw new InputError({ file: 'command line' }, `${flag} wants a whole number of at least 1, not "${value}"`);
  return Number(value);
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

function parseGranularity(value: string): EventGranularity {
  if (!(GRANULARITIES as readonly string[]).includes(value))
    throw new InputError({ file: 'command line' }, `--events wants ${GRANULARITIES.join(', ')}, not "${value}"`);
  return value as EventGranularity;
}

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1e3, k: 1e3, mb: 1e6, m: 1e6, gb: 1e9, g: 1e9 };

/** "2MB", "500 kB", "2000000" as bytes. */
function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = m && UNITS[m[2].toLowerCase()];
  if (!m || unit == null || Number(m[1]) <= 0)
    throw new InputError(
      { file: 'command line' },
      `--max-file-size wants a size such as 2MB, 500kB or 2000000 (bytes), not "${value}"`,
    );
  return Math.round(Number(m[1]) * unit);
}
