// The About sheet, the workbook's front page: what it answers, the corpus (folder, manifest,
// articles, outlets, events, dates), the codebook used, how to read each sheet, how to send
// corrections back (and what became of the last review), the run's warnings, what was skipped
// or cut, and what each column holds. No clock time and no machine-specific paths, so that the
// same input gives the same workbook anywhere.
import type { ColumnTable } from 'arquero';
import type { Block, BlocksSheet } from './SheetSpec.ts';
import { reviewSummary } from '../transforms/review/reviewOutcome.ts';
import { relativePlace } from './relativePlace.ts';
import { correctionsBlock, questionsBlock } from './aboutGuide.ts';

export interface AboutInput {
  corpus: string;
  manifest: string | null;
  codebook: string;
  /** Whether the world layer sat beneath the codebook (its settings sheet can turn it off). */
  worldLayer: boolean;
  articles: ColumnTable;
  /** How the events were formed (transforms/events/eventsMethod.ts), when known. */
  eventsMethod?: string;
  /** The actors table, whose `source` column says which layer each actor came from. */
  actors: ColumnTable;
  sheets: { sheet: string; holds: string }[];
  columns: { sheet: string; column: string; type: string; meaning: string }[];
  /** The review file applied to this run, and what became of each of its decisions. */
  review?: { file: string; outcome?: ColumnTable };
  /** The codebook's size, sheet by sheet ("actors": "42"), with the frames it names. */
  codebookSummary?: { item: string; value: string }[];
  /** What the workbook or the charts leave out, one line each. */
  cuts?: string[];
  /** What the run skipped or could not match (files, manifest rows), one line each; the block only when there are some. */
  warnings?: readonly string[];
  /** What the charts left out (events not charted), one line each. */
  chartNotes?: readonly string[];
}

export function aboutSheet({
  corpus,
  manifest,
  codebook,
  worldLayer,
  articles,
  actors,
  eventsMethod,
  sheets,
  columns,
  review,
  codebookSummary,
  cuts,
  warnings = [],
  chartNotes = [],
}: AboutInput): BlocksSheet {
  const distinct = (name: string) => new Set(valuesOf(articles, name).filter((v) => v !== '')).size;
  const days = valuesOf(articles, 'published')
    .filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))
    .sort();
  const run = [
    { field: 'corpus folder', value: relativePlace(corpus) },
    {
      field: 'manifest',
      value: manifest ? relativePlace(manifest) : '(none: outlets and dates detected in the texts)',
    },
    { field: 'codebook', value: relativePlace(codebook) },
    {
      field: 'world layer',
      value: worldLayer
        ? 'used (states, bodies and media Framebook ships, beneath the codebook)'
        : 'off (the codebook sheet settings turns it off)',
    },
    ...(['codebook', 'world', 'discovered'] as const).map((source) => ({
      field: `actors from the ${source === 'codebook' ? 'codebook' : source === 'world' ? 'world layer' : 'texts (discovered)'}`,
      value: valuesOf(actors, 'source').filter((v) => v === source).length,
    })),
    {
      field: 'review',
      value: review
        ? `${relativePlace(review.file)}: ${review.outcome ? reviewSummary(review.outcome) : 'not applied'}`
        : '(none)',
    },
    { field: 'articles', value: articles.numRows() },
    { field: 'outlets', value: distinct('outlet') },
    { field: 'events', value: distinct('event_id') },
    ...(eventsMethod ? [{ field: 'events formed by', value: eventsMethod }] : []),
    { field: 'first published', value: days[0] ?? '' },
    { field: 'last published', value: days[days.length - 1] ?? '' },
    ...chartNotes.map((value) => ({ field: 'charts', value })),
  ];
  return {
    kind: 'blocks',
    name: 'About',
    title: 'Framebook: how each outlet framed the same events',
    print: { orientation: 'portrait', pagesWide: 1 },
    blocks: [
      questionsBlock(),
      {
        title: 'The corpus and the run',
        note: 'Tables are also in tables/*.csv beside this file; lists inside a cell are joined with "; ". Offsets (start, end) count UTF-16 code units into articles.text.',
        columns: [
          { key: 'field', header: 'field', type: 'text', width: 30 },
          { key: 'value', header: 'value', type: 'text', width: 90 },
        ],
        rows: run.map((r) => ({ field: r.field, value: String(r.value) })),
      },
      ...(warnings.length
        ? [
            {
              title: 'Warnings',
              note: 'Files skipped and manifest rows left out by this run (also printed on stderr).',
              columns: [{ key: 'warning', header: 'warning', type: 'text' as const, width: 120 }],
              rows: warnings.map((warning) => ({ warning })),
            },
          ]
        : []),
      ...(codebookSummary?.length
        ? [
            {
              title: 'The codebook used',
              note: 'Actors, frames, labels and cue words the extraction looked for (edit the codebook workbook and run again to change them).',
              columns: [
                { key: 'item', header: 'item', type: 'text' as const, width: 30 },
                { key: 'value', header: 'value', type: 'text' as const, width: 90 },
              ],
              rows: codebookSummary,
            },
          ]
        : []),
      {
        title: 'How to read each sheet',
        note: 'Table sheets: one row per record, filter buttons in the header; ids in blue link to the sentence they come from.',
        columns: [
          { key: 'sheet', header: 'sheet', type: 'text', width: 30 },
          { key: 'holds', header: 'what it holds', type: 'text', width: 90 },
        ],
        rows: sheets,
      },
      correctionsBlock(),
      ...(review?.outcome && review.outcome.numRows() ? [reviewBlock(review.outcome)] : []),
      {
        title: 'What was skipped or cut',
        columns: [{ key: 'line', header: 'what', type: 'text', width: 120 }],
        rows: (cuts?.length ? cuts : ['Nothing: every record is on its sheet and every event is charted.']).map(
          (line) => ({ line }),
        ),
      },
      {
        title: 'Columns',
        note: 'The columns of the table sheets, as CONTRACT.md defines them.',
        columns: [
          { key: 'column', header: 'sheet: column', type: 'text', width: 30 },
          { key: 'meaning', header: 'meaning', type: 'text', width: 90 },
          { key: 'type', header: 'type', type: 'text', width: 10 },
        ],
        rows: columns.map((c) => ({ column: `${c.sheet}: ${c.column}`, meaning: c.meaning, type: c.type })),
      },
    ],
  };
}

function reviewBlock(outcome: ColumnTable): Block {
  return {
    title: 'Your review',
    note: 'Each decision of the review file: applied to this run, or matching no record or actor any more. Your file is left as it was; this workbook is fresh.',
    columns: [
      { key: 'place', header: 'where', type: 'text', width: 30 },
      { key: 'note', header: 'decision', type: 'text', width: 90 },
      { key: 'applied', header: 'applied', type: 'boolean', width: 10 },
    ],
    rows: (outcome.objects() as { sheet: string; row: number; note: string; applied: boolean }[]).map((r) => ({
      place: `${r.sheet} row ${r.row}`,
      note: r.note,
      applied: r.applied,
    })),
  };
}

function valuesOf(table: ColumnTable, name: string): string[] {
  if (!table.columnNames().includes(name)) return [];
  return Array.from(table.array(name) as ArrayLike<unknown>, (v) => (v == null ? '' : String(v)));
}
