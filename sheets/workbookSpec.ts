// The output workbook, sheet by sheet: About, the extraction tables (records that point to a
// sentence show its text beside them and link to it), Candidates, the comparison tables, the
// per-event outlet sheets, then the charts. Record sheets stop at --max-rows. Pure: tables in, a
// spec out; writeWorkbook.ts renders it (streamed past STREAM_ROWS table rows, as About says).
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../transforms/codebook/Codebook.ts';
import type { Extraction } from '../transforms/Extraction.ts';
import type { Comparison } from '../transforms/Comparison.ts';
import type { Options } from '../readers/options.ts';
import type { RenderedChart } from '../charts/RenderedChart.ts';
import {
  ARTICLES,
  EVENTS,
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
import { tableSheet, type TableSheetOptions } from './tableSheet.ts';
import { lookupColumn } from './lookupColumn.ts';
import { aboutSheet } from './aboutSheet.ts';
import { outletsSheets } from './outletsSheets.ts';
import type { TypedColumn } from '../writers/tableColumns.ts';
import { codebookSummary } from './codebookSummary.ts';
import { workbookCuts, type CutSheet } from './workbookCuts.ts';
import { cutSheet, count, rowCap } from './rowCap.ts';
import { ADD_AS_INPUT, REVIEW_INPUT, REVIEW_INPUT_DOC } from './reviewInputs.ts';
import { streamed } from './workbook/streamed.ts';

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
  options: Options & { eventsMethod?: string; warnings?: readonly string[]; chartNotes?: readonly string[] },
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
  const cap = rowCap(options.maxRows);
  const links = sentenceLinks(extraction.sentences, cap);
  const cut: CutSheet[] = [];
  const entry = (
    name: string,
    table: ColumnTable,
    schema: AnySchema,
    extra: TypedColumn[] = [],
    heat?: string[],
    sheetOptions: TableSheetOptions = {},
  ): Entry => {
    // Past the row cap only the rows kept become sheet rows (extra columns are read by row index).
    const rows = table.numRows();
    const kept = Math.min(rows, WHOLE.has(name) ? rowCap(Infinity) : cap);
    const whole = tableSheet(name, kept < rows ? table.slice(0, kept) : table, schema, {
      extra,
      heat,
      links: name === 'Sentences' ? {} : links,
      ...sheetOptions,
    });
    if (kept === rows) return { sheet: whole, holds: schema.doc, schema };
    cut.push({ sheet: name, file: schema.name, rows, kept });
    return { sheet: cutSheet(whole, schema.name, rows), holds: schema.doc, schema };
  };
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
    ...(extraction.events ? [entry('Events', extraction.events, s(EVENTS))] : []),
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

  const streamedRows = streamed(tables.map((t) => t.sheet))
    ? tables.reduce((n, t) => n + t.sheet.rows.length, 0)
    : null;
  const cutOf = new Map(cut.map((c) => [c.sheet, c]));
  const about = aboutSheet({
    corpus: options.corpus,
    manifest: options.manifest,
    codebook: options.codebook,
    worldLayer: codebook.world !== false,
    articles: extraction.articles,
    eventsMethod: options.eventsMethod,
    warnings: options.warnings,
    actors: extraction.actors,
    review: options.review ? { file: options.review, outcome: review } : undefined,
    codebookSummary: codebookSummary(codebook),
    cuts: workbookCuts(extraction, cut, streamedRows),
    chartNotes: options.chartNotes,
    sheets: [
      { sheet: 'About', holds: 'This page: what produced the workbook, and what each sheet and column holds.' },
      ...tables.map((t) => ({
        sheet: t.sheet.name,
        holds: cutOf.has(t.sheet.name)
          ? `${t.holds} Only the first ${count(cutOf.get(t.sheet.name)!.kept)} of ${count(cutOf.get(t.sheet.name)!.rows)} rows (--max-rows): every row is in tables/${t.schema.name}.csv and tables/${t.schema.name}.parquet.`
          : `${t.holds} One row each; also tables/${t.schema.name}.csv.`,
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

/**
 * The comparison sheets, kept whole whatever --max-rows says (only Excel's own row limit cuts
 * them): they are what the workbook is for, one row per event, outlet and item, not per record.
 */
const WHOLE = new Set(['Salience', 'Voices', 'Labels', 'Frames', 'Distinctive terms', 'Reuse', 'Omissions']);

/**
 * Columns holding a sentence id link to that sentence's row on the Sentences sheet: the first `cap`
 * sentences, the rows the sheet keeps (a sentence past the cap is not linked).
 */
function sentenceLinks(sentences: ColumnTable, cap: number): TableSheetOptions['links'] {
  const ids = sentences.numRows() ? (sentences.array('sentence_id') as ArrayLike<string>) : [];
  const rows = new Map<string, number>();
  for (let i = 0; i < Math.min(ids.length, cap); i++) rows.set(ids[i], i + 2);
  const link = { kind: 'row' as const, sheet: 'Sentences', rows };
  return { sentence_id: link, best_sentence_id: link, example_sentence_id: link };
}

/** What the columns added beside the contract's columns hold. */
const extraDoc: Record<string, string> = {
  ...REVIEW_INPUT_DOC,
  sentence: 'Text of the sentence the record points to (sentence_id), to read it in context.',
  dominant_frame: 'The frame whose cue words the article uses most (see Frames).',
};
