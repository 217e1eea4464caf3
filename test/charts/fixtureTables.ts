// The hand-made tables of test/fixtures/charts (see test/fixtures/README.md) as the Extraction,
// Comparison, Codebook and Options the chart builders take.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as aq from 'arquero';
import {
  ARTICLES,
  SENTENCES,
  ACTORS,
  MENTIONS,
  DATES,
  CASUALTIES,
  PROPOSALS,
  QUOTES,
  FRAMING_SALIENCE,
  FRAMING_VOICES,
  FRAMING_LABELS,
  FRAMING_FRAMES,
  DISTINCTIVE_TERMS,
  REUSE,
  ALIGNMENT,
  OMISSIONS,
  toTable,
  type ColumnSpec,
  type TableSchema,
} from '../../transforms/schema/index.ts';
import type { Extraction } from '../../transforms/Extraction.ts';
import type { Comparison } from '../../transforms/Comparison.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { outletTables } from '../../transforms/framing/outletTables.ts';
import type { Codebook } from '../../transforms/codebook/Codebook.ts';
import type { Options } from '../../readers/options.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'charts');

/** The rows of one fixture file. */
export function fixtureRows(name: string): Record<string, unknown>[] {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
}

const table = <C extends Record<string, ColumnSpec>>(schema: TableSchema<C>, name = schema.name) =>
  toTable(schema, fixtureRows(name) as never);

export function fixtureExtraction(): Extraction {
  return {
    articles: table(ARTICLES),
    sentences: toTable(SENTENCES, []),
    actors: table(ACTORS),
    mentions: toTable(MENTIONS, []),
    candidates: aq.table({}),
    dates: table(DATES),
    casualties: table(CASUALTIES),
    proposals: table(PROPOSALS),
    quotes: toTable(QUOTES, []),
  };
}

export function fixtureComparison(): Comparison {
  const measures = {
    framing_salience: table(FRAMING_SALIENCE),
    framing_voices: table(FRAMING_VOICES),
    framing_labels: table(FRAMING_LABELS),
    framing_frames: table(FRAMING_FRAMES),
    distinctive_terms: table(DISTINCTIVE_TERMS),
    reuse: table(REUSE),
    alignment: table(ALIGNMENT),
    omissions: toTable(OMISSIONS, []),
    dominant_frames: aq.table({ article_id: [], dominant_frame: [] }),
  };
  const extraction = fixtureExtraction();
  return {
    ...measures,
    ...outletTables(extraction, articleOutlets(extraction.articles), measures.reuse, measures.alignment),
  };
}

export function fixtureCodebook(): Codebook {
  return JSON.parse(readFileSync(join(FIXTURES, 'codebook.json'), 'utf8'));
}

/** Options as the notebook would pass them for a corpus folder named "sample-corpus". */
export function fixtureOptions(size = { width: 1920, height: 1080 }): Options {
  return {
    corpus: '/data/sample-corpus',
    manifest: null,
    codebook: 'codebook.xlsx',
    out: 'output',
    chartSize: size,
    events: 'normal',
    jobs: 1,
    maxRows: 100_000,
    timings: false,
    quiet: false,
  };
}
