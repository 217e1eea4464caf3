// The About sheet: what produced the workbook (corpus folder, manifest, codebook, how many
// articles over which dates) and what each sheet and column holds. No clock time and no
// machine-specific paths, so that the same input gives the same workbook anywhere.
import type { ColumnTable } from 'arquero';
import type { BlocksSheet } from './SheetSpec.ts';
import { relativePlace } from './relativePlace.ts';

export interface AboutInput {
  corpus: string;
  manifest: string | null;
  codebook: string;
  articles: ColumnTable;
  /** How the events were formed (transforms/events/eventsMethod.ts), when known. */
  eventsMethod?: string;
  sheets: { sheet: string; holds: string }[];
  columns: { sheet: string; column: string; type: string; meaning: string }[];
  /** What the run skipped or could not match (files, manifest rows), one line each; the block only when there are some. */
  warnings?: readonly string[];
  /** What the charts left out (events not charted), one line each. */
  chartNotes?: readonly string[];
}

export function aboutSheet({
  corpus,
  manifest,
  codebook,
  articles,
  eventsMethod,
  sheets,
  columns,
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
    blocks: [
      {
        title: 'What produced this workbook',
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
      {
        title: 'Sheets',
        columns: [
          { key: 'sheet', header: 'sheet', type: 'text', width: 30 },
          { key: 'holds', header: 'what it holds', type: 'text', width: 90 },
        ],
        rows: sheets,
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

function valuesOf(table: ColumnTable, name: string): string[] {
  if (!table.columnNames().includes(name)) return [];
  return Array.from(table.array(name) as ArrayLike<unknown>, (v) => (v == null ? '' : String(v)));
}
