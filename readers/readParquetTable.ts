// A table written by writers/toParquet.ts, read back as the notebook held it in memory: integers
// and numbers as JavaScript numbers (not BigInt), dates as ISO `YYYY-MM-DD` text, booleans and text
// as they are, null where the file holds no value. Columns keep the file's order; a column the schema
// declares takes its declared type, any other its Parquet type.
import { readFile } from 'node:fs/promises';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import type { CellType, ColumnSpec, TableSchema } from '../transforms/schema/index.ts';
import { InputError } from '../transforms/InputError.ts';

export async function readParquetTable(
  path: string,
  schema?: TableSchema<Record<string, ColumnSpec>>,
): Promise<ColumnTable> {
  let rows: Record<string, unknown>[];
  let names: string[];
  try {
    const bytes = await readFile(path);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    names = parquetMetadata(file)
      .schema.slice(1)
      .map((e) => e.name);
    rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
  } catch (e) {
    const { code, message } = e as NodeJS.ErrnoException;
    throw new InputError({ file: path }, `cannot read this Parquet table: ${code ?? message}`);
  }
  const data: Record<string, unknown[]> = {};
  for (const name of names) {
    const type = schema?.columns[name]?.type;
    data[name] = rows.map((r) => inMemory(r[name], type));
  }
  return aq.table(data, names);
}

/** One cell as the notebook's tables hold it. */
function inMemory(value: unknown, type: CellType | undefined): unknown {
  if (value == null) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (type === 'text' && typeof value !== 'string') return String(value);
  return value;
}
