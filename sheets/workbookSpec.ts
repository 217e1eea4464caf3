// The output workbook, sheet by sheet: About, the extraction tables (records that point to a
// sentence show its text beside them), Candidates, the comparison tables, the per-event outlet
// sheets, then the charts. Pure: tables in, a spec out; writeWorkbook.ts renders it.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../transforms/codebook/Codebook.ts';
import type { Extraction } from '../transforms/Extraction.ts';
import type { Comparison } from '../transforms/Comparison.ts';
import type { Options } from '../readers/options.ts';
import type { RenderedChart } from '../charts/RenderedChart.ts';
import {
  ARTICLES,
  SENTENCES,
  ACTORS,
  MENTIONS,
  DATES,
  CASUALTIES,
  PROPOSALS,
  QUOTES,
  CANDIDATES,
  FRAMING_SALIENCE,
  FRAMING_VOICES,
  FRAMING_LABELS,
  FRAMING_FRAMES,
  DISTINCTIVE_TERMS,
  REUSE,
  ALIGNMENT,
  OMISSIONS,
  type ColumnSpec,
  type TableSchema,
} from '../transforms/schema/index.ts';
import type { ImagesSheet, SheetSpec, TableSheet, WorkbookSpec } from './SheetSpec.ts';
import { tableSheet, type InputColumn, type TableSheetOptions } from './tableSheet.ts';
import { ADD_AS_COLUMN, NEW_ACTOR, REVIEW_CHOICES, REVIEW_COLUMN } from '../transforms/review/reviewedTables.ts';
import { lookupColumn } from './lookupColumn.ts';
import { aboutSheet } from './aboutSheet.ts';
import { outletsSheets } from './outletsSheets.ts';
import type { TypedColumn } from '../writers/tableColumns.ts';
import { relativePlace } from './relativePlace.ts';
import { MAX_CHARTED_EVENTS } from '../charts/index.ts';
import { EXCEL_TEXT_LIMIT } from './workbook/cellValue.ts';
import { MAX_CATEGORIES } from './workbook/blockChart.ts';

type AnySchema = TableSchema<Record<string, ColumnSpec>>;

interface Entry {
  sheet: TableSheet;
  holds: string;
  schema: AnySchema;
}

/**
 * `review`: what became of each decision of the review file (transforms/review/reviewOutcome),
 * shown on About. `extraSheets` go after the comparison sheets; by default the per-event outlet sheets of
 * outletsSheets.ts (tests pass their own, so that they do not depend on the framing measures).
 */
export function workbookSpec(
  extraction: Extraction,
  comparison: Comparison,
  codebook: Codebook,
  options: Options,
  charts: RenderedChart[],
  extraSheets: SheetSpec[] = outletsSheets(extraction, comparison, codebook),
  review?: ColumnTable,
): WorkbookSpec {
  const sentenceText = (table: ColumnTable): TypedColumn =>
    lookupColumn(table, {
      name: 'sentence',
      key: 'sentence_id',
      from: extraction.sentences,
      fromKey: 'sentence_id',
      value: 'text',
      width: 60,
    });
  const links = sentenceLinks(extraction.sentences);
  const entry = (
    name: string,
    table: ColumnTable,
    schema: AnySchema,
    extra: TypedColumn[] = [],
    heat?: string[],
    options: TableSheetOptions = {},
  ): Entry => ({
    sheet: tableSheet(name, table, schema, { extra, heat, links: name === 'Sentences' ? {} : links, ...options }),
    holds: schema.doc,
    schema,
  });
  const reviewed = (name: string, table: ColumnTable, schema: AnySchema) =>
    entry(name, table, schema, [sentenceText(table)], undefined, { inputs: [REVIEW_INPUT] });
  const s = (schema: unknown) => schema as AnySchema;

  const tables: Entry[] = [
    entry(
      'Articles',
      extraction.articles,
      s(ARTICLES),
      [
        lookupColumn(extraction.articles, {
          name: 'dominant_frame',
          key: 'article_id',
          from: comparison.dominant_frames,
          fromKey: 'article_id',
          value: 'dominant_frame',
          width: 18,
        }),
      ],
      undefined,
      { links: { url: { kind: 'url' } } },
    ),
    entry('Sentences', extraction.sentences, s(SENTENCES)),
    entry('Actors', extraction.actors, s(ACTORS)),
    reviewed('Mentions', extraction.mentions, s(MENTIONS)),
    reviewed('Dates', extraction.dates, s(DATES)),
    reviewed('Casualties', extraction.casualties, s(CASUALTIES)),
    reviewed('Proposals', extraction.proposals, s(PROPOSALS)),
    reviewed('Quotes', extraction.quotes, s(QUOTES)),
    {
      ...entry('Candidates', extraction.candidates, s(CANDIDATES), [], undefined, { inputs: [ADD_AS_INPUT] }),
      holds:
        "Names the texts use that the codebook lacks, with counts: add the ones that matter to the codebook's actors sheet, or fill `add as` and run again with --review.",
    },
    entry('Salience', comparison.framing_salience, s(FRAMING_SALIENCE), [], ['share']),
    entry('Voices', comparison.framing_voices, s(FRAMING_VOICES), [], ['share']),
    entry('Labels', comparison.framing_labels, s(FRAMING_LABELS)),
    entry('Frames', comparison.framing_frames, s(FRAMING_FRAMES), [], ['share']),
    entry('Distinctive terms', comparison.distinctive_terms, s(DISTINCTIVE_TERMS), [], ['z']),
    entry('Reuse', comparison.reuse, s(REUSE), [], ['containment']),
    entry('Alignment', comparison.alignment, s(ALIGNMENT), [], ['similarity']),
    entry('Omissions', comparison.omissions, s(OMISSIONS)),
  ];
  const extra = extraSheets;
  const chartSheet: ImagesSheet[] = charts.length
    ? [
        {
          kind: 'images',
          name: 'Charts',
          images: charts.map((c) => ({
            title: c.title,
            reading: c.reading,
            png: c.png,
            width: c.width,
            height: c.height,
          })),
        },
      ]
    : [];

  const about = aboutSheet({
    corpus: options.corpus,
    manifest: options.manifest,
    codebook: options.codebook,
    articles: extraction.articles,
    review: options.review ? { file: options.review, outcome: review } : undefined,
    codebookSummary: codebookSummary(codebook),
    cuts: cuts(extraction),
    sheets: [
      { sheet: 'About', holds: 'This page: what produced the workbook, and what each sheet and column holds.' },
      ...tables.map((t) => ({
        sheet: t.sheet.name,
        holds: `${t.holds} One row each; also tables/${t.schema.name}.csv.`,
      })),
      ...extra.map((x) => ({ sheet: x.name, holds: x.kind === 'blocks' ? x.title : '' })),
      ...chartSheet.map((c) => ({
        sheet: c.name,
        holds: `The charts (${c.images.length}), each with how to read it; the PNG, SVG and Vega-Lite files are in charts/.`,
      })),
    ],
    columns: tables.flatMap((t) =>
      t.sheet.columns.map((c) => ({
        sheet: t.sheet.name,
        column: c.key,
        type: c.type,
        meaning: t.schema.columns[c.key]?.doc ?? extraDoc[c.key] ?? '',
      })),
    ),
  });

  return { sheets: [about, ...tables.map((t) => t.sheet), ...extra, ...chartSheet] };
}

/** The codebook's size, sheet by sheet, with the frames it names. */
function codebookSummary(codebook: Codebook): { item: string; value: string }[] {
  const types = new Map<string, number>();
  for (const a of codebook.actors) types.set(a.type, (types.get(a.type) ?? 0) + 1);
  return [
    { item: 'file', value: relativePlace(codebook.file) },
    {
      item: 'actors',
      value: `${codebook.actors.length}${types.size ? ` (${[...types].map(([t, n]) => `${n} ${t}`).join(', ')})` : ''}`,
    },
    { item: 'frames', value: codebook.frames.map((f) => f.frame).join('; ') || '(none)' },
    { item: 'labels', value: String(codebook.labels.length) },
    { item: 'casualty terms', value: String(codebook.casualtyTerms.length) },
    { item: 'proposal cues', value: String(codebook.proposalCues.length) },
    { item: 'outlets', value: codebook.outlets.map((o) => o.outlet).join('; ') || '(none)' },
  ];
}

/** What the workbook and the charts leave out. */
function cuts(extraction: Extraction): string[] {
  const lines: string[] = [];
  const events = new Set(
    Array.from(extraction.articles.numRows() ? (extraction.articles.array('event_id') as ArrayLike<unknown>) : []),
  ).size;
  if (events > MAX_CHARTED_EVENTS)
    lines.push(
      `Charts and slides cover the ${MAX_CHARTED_EVENTS} events with the most articles, of ${events}; the tables and Outlets sheets cover every event.`,
    );
  const texts = Array.from(
    extraction.articles.numRows() ? (extraction.articles.array('text') as ArrayLike<unknown>) : [],
  );
  const long = texts.filter((t) => typeof t === 'string' && t.length > EXCEL_TEXT_LIMIT).length;
  if (long)
    lines.push(
      `${long} article text${long === 1 ? ' is' : 's are'} longer than Excel's ${EXCEL_TEXT_LIMIT.toLocaleString('en')}-character cell limit and cut on Articles; tables/articles.csv holds them whole.`,
    );
  lines.push(
    `The charts beside each Outlets sheet draw the first ${MAX_CATEGORIES} rows of their block (the most prominent); the block holds them all.`,
  );
  return lines;
}

const REVIEW_INPUT: InputColumn = {
  key: REVIEW_COLUMN,
  width: 9,
  choices: { values: REVIEW_CHOICES, strict: true },
  prompt:
    'keep, drop (the next run with --review leaves this record out) or fix (edit the value cells of this row; the next run takes them).',
};
const ADD_AS_INPUT: InputColumn = {
  key: ADD_AS_COLUMN,
  width: 18,
  prompt: `An actor's name (from Actors) to add this candidate as its alias, or "${NEW_ACTOR}" for a new actor; the next run with --review takes it.`,
};

/** Columns holding a sentence id link to that sentence's row on the Sentences sheet. */
function sentenceLinks(sentences: ColumnTable): TableSheetOptions['links'] {
  const ids = sentences.numRows() ? (sentences.array('sentence_id') as ArrayLike<string>) : [];
  const rows = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) rows.set(ids[i], i + 2);
  const link = { kind: 'row' as const, sheet: 'Sentences', rows };
  return { sentence_id: link, best_sentence_id: link, example_sentence_id: link };
}

/** What the columns added beside the contract's columns hold. */
const extraDoc: Record<string, string> = {
  [REVIEW_COLUMN]:
    "Your decision on the record: keep, drop or fix (edit the row's values). Run again with --review FILE to apply it.",
  [ADD_AS_COLUMN]:
    'An actor\'s name to add this candidate as its alias, or "new" for a new actor. Run again with --review FILE to apply it.',
  sentence: 'Text of the sentence the record points to (sentence_id), to read it in context.',
  dominant_frame: 'The frame whose cue words the article uses most (see Frames).',
};
