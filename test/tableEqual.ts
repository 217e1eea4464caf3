// Two Arquero tables compared column by column (as Arquero's own tests do with tableEqual): the
// same column names in the same order, the same number of rows, and every column's values equal.
// Fails on the first column that differs, naming it and the first row where it does.
import * as assert from 'uvu/assert';
import type { ColumnTable } from 'arquero';

export function tableEqual(actual: ColumnTable, expected: ColumnTable, label = 'table'): void {
  assert.equal(actual.columnNames(), expected.columnNames(), `${label}: column names`);
  assert.is(actual.numRows(), expected.numRows(), `${label}: rows`);
  for (const name of expected.columnNames()) {
    const a = Array.from(actual.array(name) as ArrayLike<unknown>);
    const e = Array.from(expected.array(name) as ArrayLike<unknown>);
    const row = e.findIndex((v, i) => !Object.is(v, a[i]) && !(v == null && a[i] == null));
    assert.is(
      row,
      -1,
      `${label}.${name} differs first at row ${row}: ${JSON.stringify(a[row])} vs ${JSON.stringify(e[row])}`,
    );
  }
}
