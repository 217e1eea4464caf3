// An Arquero table as a table sheet: the schema's columns in order (then any extra ones), the
// column names as headers, types and widths from the schema, header frozen, autofilter on.
import type { ColumnTable } from 'arquero';
import type { ColumnSpec, TableSchema } from '../transforms/schema/index.ts';
import type { TableSheet } from './SheetSpec.ts';
import { tableColumns, type TypedColumn } from '../writers/tableColumns.ts';
import { defaultWidth } from './workbook/styles.ts';

export function tableSheet(
  name: string,
  table: ColumnTable,
  schema?: TableSchema<Record<string, ColumnSpec>>,
  extra: TypedColumn[] = [],
  heat?: string[],
): TableSheet {
  const columns = [...tableColumns(table, schema), ...extra];
  const n = table.numRows();
  const rows: Record<string, unknown>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = {};
    for (const c of columns) row[c.name] = c.values[i];
    rows[i] = row;
  }
  return {
    kind: 'table',
    name,
    freeze: true,
    autofilter: true,
    rows,
    heat,
    columns: columns.map((c) => ({
      key: c.name,
      header: c.name,
      type: c.type,
      width: Math.max(c.width ?? defaultWidth(c.type), c.name.length + 3),
    })),
  };
}
