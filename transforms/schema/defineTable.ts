// A table's columns, declared once: transforms build rows of its `Row` type, the CSV and workbook
// writers take names, order and cell types from it, and chart specs refer to its column names.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

/** How a column is stored: `date` holds an ISO `YYYY-MM-DD` string and becomes a real date in the workbook. */
export type CellType = 'text' | 'integer' | 'number' | 'date' | 'boolean';

type TsOf<T extends CellType> = T extends 'integer' | 'number' ? number : T extends 'boolean' ? boolean : string;

export interface ColumnSpec<T extends CellType = CellType> {
  type: T;
  /** One line for the workbook's About sheet and the README. */
  doc: string;
  /** Width in characters in the workbook; a default by type when absent. */
  width?: number;
}

export interface TableSchema<C extends Record<string, ColumnSpec>> {
  name: string;
  /** What one row is, for the About sheet. */
  doc: string;
  columns: C;
  /** Column names in contract order. */
  names: (keyof C & string)[];
}

export type RowOf<S> =
  S extends TableSchema<infer C>
    ? { [K in keyof C]: C[K] extends ColumnSpec<infer T> ? TsOf<T> | null : never }
    : never;

export function defineTable<C extends Record<string, ColumnSpec>>(
  name: string,
  doc: string,
  columns: C,
): TableSchema<C> {
  return { name, doc, columns, names: Object.keys(columns) as (keyof C & string)[] };
}

/** Builds an Arquero table with the schema's columns, in order, from rows (missing values become null). */
export function toTable<C extends Record<string, ColumnSpec>>(
  schema: TableSchema<C>,
  rows: readonly Partial<RowOf<TableSchema<C>>>[],
): ColumnTable {
  const data: Record<string, unknown[]> = {};
  for (const n of schema.names) data[n] = rows.map((r) => (r as Record<string, unknown>)[n] ?? null);
  return aq.table(data);
}

/** The rows of an Arquero table as plain objects typed by the schema. */
export function rowsOf<C extends Record<string, ColumnSpec>>(
  _schema: TableSchema<C>,
  table: ColumnTable,
): RowOf<TableSchema<C>>[] {
  return table.objects() as RowOf<TableSchema<C>>[];
}

export const text = (doc: string, width?: number): ColumnSpec<'text'> => ({ type: 'text', doc, width });
export const integer = (doc: string, width?: number): ColumnSpec<'integer'> => ({ type: 'integer', doc, width });
export const number = (doc: string, width?: number): ColumnSpec<'number'> => ({ type: 'number', doc, width });
export const date = (doc: string, width?: number): ColumnSpec<'date'> => ({ type: 'date', doc, width });
export const boolean = (doc: string, width?: number): ColumnSpec<'boolean'> => ({ type: 'boolean', doc, width });
