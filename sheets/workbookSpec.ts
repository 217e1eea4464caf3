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
import { tableSheet } from './tableSheet.ts';
import { lookupColumn } from './lookupColumn.ts';
import { aboutSheet } from './aboutSheet.ts';
import { outletsSheets } from './outletsSheets.ts';
import type { TypedColumn } from '../writers/tableColumns.ts';

type AnySchema = TableSchema<Record<string, ColumnSpec>>;

interface Entry {
  sheet: TableSheet;
  holds: string;
  schema: AnySchema;
}

/**
 * `extraSheets` go after the comparison sheets; by default the per-event outlet sheets of
 * outletsSheets.ts (tests pass their own, so that they do not depend on the framing measures).
 */
export function workbookSpec(
  extraction: Extraction,
  comparison: Comparison,
  codebook: Codebook,
  options: Options & { eventsMethod?: string; warnings?: readonly string[]; chartNotes?: readonly string[] },
  charts: RenderedChart[],
  extraSheets: SheetSpec[] = outletsSheets(extraction, comparison, codebook),
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
  const entry = (
    name: string,
    table: ColumnTable,
    schema: AnySchema,
    extra: TypedColumn[] = [],
    heat?: string[],
  ): Entry => ({ sheet: capped(tableSheet(name, table, schema, extra, heat), schema.name), holds: schema.doc, schema });
  const cut = new Map<string, number>();
  const capped = (sheet: TableSheet, file: string): TableSheet => {
    const cap = Math.min(options.maxRows, EXCEL_ROWS - 4);
    if (sheet.rows.length <= cap) return sheet;
    cut.set(sheet.name, sheet.rows.length);
    return {
      ...sheet,
      rows: sheet.rows.slice(0, cap),
      note: `The first ${count(cap)} of ${count(sheet.rows.length)} rows (--max-rows); every row is in tables/${file}.csv and tables/${file}.parquet.`,
    };
  };
  const s = (schema: unknown) => schema as AnySchema;

  const tables: Entry[] = [
    entry('Articles', extraction.articles, s(ARTICLES), [
      lookupColumn(extraction.articles, {
        name: 'dominant_frame',
        key: 'article_id',
        from: comparison.dominant_frames,
        fromKey: 'article_id',
        value: 'dominant_frame',
        width: 18,
      }),
    ]),
    ...(extraction.events ? [entry('Events', extraction.events, s(EVENTS))] : []),
    entry('Sentences', extraction.sentences, s(SENTENCES)),
    entry('Actors', extraction.actors, s(ACTORS)),
    entry('Mentions', extraction.mentions, s(MENTIONS), [sentenceText(extraction.mentions)]),
    entry('Dates', extraction.dates, s(DATES), [sentenceText(extraction.dates)]),
    entry('Casualties', extraction.casualties, s(CASUALTIES), [sentenceText(extraction.casualties)]),
    entry('Proposals', extraction.proposals, s(PROPOSALS), [sentenceText(extraction.proposals)]),
    entry('Quotes', extraction.quotes, s(QUOTES), [sentenceText(extraction.quotes)]),
    {
      ...entry('Candidates', extraction.candidates, s(CANDIDATES)),
      holds:
        "Names the texts use that the codebook lacks, with counts: add the ones that matter to the codebook's actors sheet.",
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
    eventsMethod: options.eventsMethod,
    warnings: options.warnings,
    chartNotes: options.chartNotes,
    sheets: [
      { sheet: 'About', holds: 'This page: what produced the workbook, and what each sheet and column holds.' },
      ...tables.map((t) => ({
        sheet: t.sheet.name,
        holds: cut.has(t.sheet.name)
          ? `${t.holds} Only the first ${count(Math.min(options.maxRows, EXCEL_ROWS - 4))} of ${count(cut.get(t.sheet.name) ?? 0)} rows (--max-rows): every row is in tables/${t.schema.name}.csv and tables/${t.schema.name}.parquet.`
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

/** Excel's row limit; a sheet also holds its header and the note under the rows. */
const EXCEL_ROWS = 1_048_576;
const count = (n: number) => n.toLocaleString('en-US');

/** What the columns added beside the contract's columns hold. */
const extraDoc: Record<string, string> = {
  sentence: 'Text of the sentence the record points to (sentence_id), to read it in context.',
  dominant_frame: 'The frame whose cue words the article uses most (see Frames).',
};
