// An extra column for a sheet, looked up by key from another table: the sentence text beside
// each record that points to a sentence, the dominant frame beside each article.
import type { ColumnTable } from 'arquero';
import type { CellType } from '../transforms/schema/index.ts';
import type { TypedColumn } from '../writers/tableColumns.ts';

export interface Lookup {
  /** Name of the new column. */
  name: string;
  /** Column of `table` holding the key. */
  key: string;
  /** The other table, its key column, and the column to fetch. */
  from: ColumnTable;
  fromKey: string;
  value: string;
  type?: CellType;
  width?: number;
}

export function lookupColumn(
  table: ColumnTable,
  { name, key, from, fromKey, value, type = 'text', width }: Lookup,
): TypedColumn {
  const index = new Map<unknown, unknown>();
  if (from.columnNames().includes(fromKey) && from.columnNames().includes(value)) {
    const keys = from.array(fromKey);
    const values = from.array(value);
    for (let i = 0; i < from.numRows(); i++) if (!index.has(keys[i])) index.set(keys[i], values[i]);
  }
  const own = table.columnNames().includes(key) ? table.array(key) : [];
  const values = Array.from({ length: table.numRows() }, (_, i) => index.get(own[i]) ?? null);
  return { name, type, width, values };
}
