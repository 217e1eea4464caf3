// Every table of docs/CONTRACT.md as `tables/<table>.csv` and `tables/<table>.parquet` (plus
// `candidates`), columns in schema order. All files are rendered first, then each is written under a
// temporary name and renamed.
import { join } from 'node:path';
import type { ColumnTable } from 'arquero';
import {
  EXTRACTION_TABLES,
  COMPARISON_TABLES,
  CANDIDATES,
  EVENTS,
  type ColumnSpec,
  type TableSchema,
} from '../transforms/schema/index.ts';
import type { Extraction } from '../transforms/Extraction.ts';
import type { Comparison } from '../transforms/Comparison.ts';
import { tableColumns } from './tableColumns.ts';
import { toCsv } from './writeCsv.ts';
import { toParquet } from './toParquet.ts';
import { writeAtomic } from './writeAtomic.ts';

type AnySchema = TableSchema<Record<string, ColumnSpec>>;

export async function writeTables(outDir: string, extraction: Extraction, comparison: Comparison): Promise<string[]> {
  const files: { name: string; table: ColumnTable; schema?: AnySchema }[] = [
    ...EXTRACTION_TABLES.map((schema) => ({
      name: schema.name,
      table: extraction[schema.name as keyof Extraction] as ColumnTable,
      schema: schema as unknown as AnySchema,
    })),
    { name: CANDIDATES.name, table: extraction.candidates, schema: CANDIDATES as unknown as AnySchema },
    ...COMPARISON_TABLES.map((schema) => ({
      name: schema.name,
      table: comparison[schema.name as keyof Comparison],
      schema: schema as unknown as AnySchema,
    })),
    ...(extraction.events
      ? [{ name: EVENTS.name, table: extraction.events, schema: EVENTS as unknown as AnySchema }]
      : []),
  ];
  // Rendered first, so that a table that cannot be rendered leaves the previous files as they were.
  const rendered = files.flatMap(({ name, table, schema }) => {
    const columns = tableColumns(table, schema);
    return [
      { path: join(outDir, 'tables', `${name}.csv`), data: toCsv(columns, table.numRows()) as string | Uint8Array },
      { path: join(outDir, 'tables', `${name}.parquet`), data: toParquet(columns) },
    ];
  });
  for (const { path, data } of rendered) await writeAtomic(path, data);
  return rendered.map((r) => r.path);
}
