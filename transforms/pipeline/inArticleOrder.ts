// Record tables of several shards as one table in the corpus's article order: rows sorted by the
// position of their article in `order`, rows of one article kept in the order their shard wrote
// them (a stable sort). Every article sits in one shard, so this is the order of a single run.
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

export function inArticleOrder(tables: readonly ColumnTable[], order: readonly string[]): ColumnTable {
  const position = new Map(order.map((id, k) => [id, k]));
  const names = tables[0].columnNames();
  const columns = names.map((name) => tables.flatMap((t) => Array.from(t.array(name) as ArrayLike<unknown>)));
  const ids = tables.flatMap((t) => Array.from(t.array('article_id') as ArrayLike<unknown>));
  const at = ids.map((id) => position.get(String(id)) ?? Number.MAX_SAFE_INTEGER);
  const rows = ids.map((_, k) => k).sort((a, b) => at[a] - at[b] || a - b);
  return aq.table(Object.fromEntries(names.map((name, c) => [name, rows.map((k) => columns[c][k])])), names);
}
