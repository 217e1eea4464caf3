// A table's column names as an object (`S.share === 'share'`), so that chart specs name fields
// through the schema modules instead of loose strings.
import type { ColumnSpec, TableSchema } from '../../transforms/schema/defineTable.ts';

export function columnsOf<C extends Record<string, ColumnSpec>>(
  schema: TableSchema<C>,
): { readonly [K in keyof C & string]: K } {
  return Object.fromEntries(schema.names.map((n) => [n, n])) as { [K in keyof C & string]: K };
}
