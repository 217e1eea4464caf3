// An Arquero table as a table sheet: the schema's columns in order (then any extra ones), the
// column names as headers, types from the schema, widths fitted to the content, number formats
// by column (columnFormats.ts), long text wrapped; an Excel Table named after the sheet, header
// frozen, printed landscape one page wide with the header on every page.
import type { ColumnTable } from 'arquero';
import type { ColumnSpec, TableSchema } from '../transforms/schema/index.ts';
import type { Choices, ColumnLink, PrintSetup, SheetColumn, TableSheet } from './SheetSpec.ts';
import { tableColumns, type TypedColumn } from '../writers/tableColumns.ts';
import { fitWidth, MAX_WIDTH } from './fitWidth.ts';
import { columnFormat } from './columnFormats.ts';
import { tableName } from './tableName.ts';

/** Text longer than this is not wrapped (a whole article would make a row taller than a screen). */
const WRAP_LIMIT = 1500;

export const TABLE_PRINT: PrintSetup = { orientation: 'landscape', pagesWide: 1, repeatRows: '1:1' };

/** A column the user fills in: empty in every row, with a drop-down or a message. */
export interface InputColumn {
  key: string;
  width: number;
  choices?: Choices;
  prompt: string;
}

export interface TableSheetOptions {
  extra?: TypedColumn[];
  /** Column keys whose numbers get a colour scale. */
  heat?: string[];
  /** Columns whose cells link elsewhere, by key. */
  links?: Record<string, ColumnLink>;
  /** Columns after the data for the user's decisions (review, add as). */
  inputs?: InputColumn[];
}

export function tableSheet(
  name: string,
  table: ColumnTable,
  schema?: TableSchema<Record<string, ColumnSpec>>,
  options: TableSheetOptions = {},
): TableSheet {
  const columns = [...tableColumns(table, schema), ...(options.extra ?? [])];
  const n = table.numRows();
  const rows: Record<string, unknown>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = {};
    for (const c of columns) row[c.name] = c.values[i];
    rows[i] = row;
  }
  const inputs: SheetColumn[] = (options.inputs ?? []).map((c) => ({
    key: c.key,
    header: c.key,
    type: 'text',
    width: c.width,
    choices: c.choices,
    prompt: c.prompt,
  }));
  return {
    kind: 'table',
    name,
    table: tableName(name),
    freeze: true,
    autofilter: true,
    rows,
    heat: options.heat,
    print: TABLE_PRINT,
    columns: [...columns.map((c) => sheetColumn(c, options.links?.[c.name])), ...inputs],
  };
}

function sheetColumn(c: TypedColumn, link: ColumnLink | undefined): SheetColumn {
  const { width, longest } = fitWidth(c.name, c.values);
  const wrap = c.type === 'text' && longest > width && longest <= WRAP_LIMIT;
  return {
    key: c.name,
    header: c.name,
    type: c.type,
    numFmt: columnFormat(c.name),
    // Text that does not wrap and runs past the column gets the widest column.
    width: c.type === 'text' && longest > WRAP_LIMIT ? MAX_WIDTH : width,
    ...(wrap ? { wrap } : {}),
    ...(link ? { link } : {}),
  };
}
