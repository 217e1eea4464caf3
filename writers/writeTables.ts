// Every table of CONTRACT.md as `tables/<table>.csv` (plus `candidates.csv`), columns in schema
// order. All files are rendered first, then each is written under a temporary name and renamed.
import { join } from 'node:path';
import type { ColumnTable } from 'arquero';
import {
  EXTRACTION_TABLES,
  COMPARISON_TABLES,
  CANDIDATES,
  type ColumnSpec,
  type TableSchema,
} from '../transforms/schema/index.ts';
import type { Extraction } from '../transforms/Extraction.ts';
import type { Comparison } from '../transforms/Comparison.ts';
import { tableColumns } from './tableColumns.ts';
import { toCsv } from './writeCsv.ts';
import { writeAtomic } from './writeAtomic.ts';

type AnySchema = TableSchema<Record<string, ColumnSpec>>;

export async function writeTables(outDir: string, extraction: Extraction, comparison: Comparison): Promise<string[]> {
  const files: { name: string; table: ColumnTable; schema?: AnySchema }[] = [
    ...EXTRACTION_TABLES.map((schema) => ({
      name: schema.name,
      table: extraction[schema.name as keyof Extraction],
      schema: schema as unknown as AnySchema,
    })),
    { name: CANDIDATES.name, table: extraction.candidates, schema: CANDIDATES as unknown as AnySchema },
    ...COMPARISON_TABLES.map((schema) => ({
      name: schema.name,
      table: comparison[schema.name as keyof Comparison],
      schema: schema as unknown as AnySchema,
    })),
  ];
  const rendered = files.map(({ name, table, schema }) => ({
    path: join(outDir, 'tables', `${name}.csv`),
    csv: toCsv(tableColumns(table, schema), table.numRows()),
  }));
  for (const { path, csv } of rendered) await writeAtomic(path, csv);
  return rendered.map((r) => r.path);
}
