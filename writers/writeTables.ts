// Every table of docs/CONTRACT.md as `tables/<table>.csv` and `tables/<table>.parquet` (plus
// `candidates`), columns in schema order. Each file is written under a temporary name as it is rendered
// (the CSV in pieces, never whole in memory), and only when every table is written are they all renamed.
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
import { csvChunks } from './writeCsv.ts';
import { toParquet } from './toParquet.ts';
import { moveIntoPlace, writeTemporary } from './writeAtomic.ts';
import { rm } from 'node:fs/promises';

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
  // Renamed only once all are written, so that a table that cannot be rendered leaves the previous files as they were.
  const written: { temp: string; path: string }[] = [];
  try {
    for (const { name, table, schema } of files) {
      const columns = tableColumns(table, schema);
      const csv = join(outDir, 'tables', `${name}.csv`);
      written.push({ temp: await writeTemporary(csv, csvChunks(columns, table.numRows())), path: csv });
      const parquet = join(outDir, 'tables', `${name}.parquet`);
      written.push({ temp: await writeTemporary(parquet, toParquet(columns)), path: parquet });
    }
  } catch (e) {
    await Promise.all(written.map(({ temp }) => rm(temp, { force: true })));
    throw e;
  }
  const paths: string[] = [];
  for (const { temp, path } of written) paths.push(await moveIntoPlace(temp, path));
  return paths;
}
