// The columns of an Arquero table in the order its schema declares them, then any extra columns
// the table carries, each with its declared cell type. The CSV files and the workbook sheets
// both take their column order from here, so that they always agree.
import type { ColumnTable } from 'arquero';
import type { CellType, ColumnSpec, TableSchema } from '../transforms/schema/index.ts';

export interface TypedColumn {
  name: string;
  type: CellType;
  /** Width in characters from the schema, when it gives one. */
  width?: number;
  doc?: string;
  values: ArrayLike<unknown>;
}

export function tableColumns(table: ColumnTable, schema?: TableSchema<Record<string, ColumnSpec>>): TypedColumn[] {
  const present = table.columnNames();
  const declared = schema?.names ?? [];
  const empty = new Array<null>(table.numRows()).fill(null);
  const columns: TypedColumn[] = declared.map((name) => {
    const spec = schema!.columns[name];
    return {
      name,
      type: spec.type,
      width: spec.width,
      doc: spec.doc,
      values: present.includes(name) ? table.array(name) : empty,
    };
  });
  for (const name of present) {
    if (declared.includes(name)) continue;
    columns.push({ name, type: guessType(table.array(name)), values: table.array(name) });
  }
  return columns;
}

/** An undeclared column is numeric or boolean when every non-empty value is; text otherwise. */
function guessType(values: ArrayLike<unknown>): CellType {
  let seen: CellType | null = null;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v == null || (typeof v === 'number' && Number.isNaN(v))) continue;
    const t: CellType =
      typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'number'
        : typeof v === 'boolean'
          ? 'boolean'
          : 'text';
    if (seen === null || seen === t) seen = t;
    else if ((seen === 'integer' && t === 'number') || (seen === 'number' && t === 'integer')) seen = 'number';
    else return 'text';
  }
  return seen ?? 'text';
}
