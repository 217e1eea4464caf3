// Every table's Parquet file holds what its CSV file holds: read back with DuckDB (an independent
// reader), same row counts, same sums of the numeric columns, typed columns (dates as DATE,
// integers as BIGINT, booleans as BOOLEAN).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DuckDBInstance } from '@duckdb/node-api';
import { sampleRun } from '../notebooks/sampleRun.ts';

const tables = () => join(sampleRun().out, 'tables');
const csvRows = (name: string): Record<string, string>[] =>
  parse(readFileSync(join(tables(), `${name}.csv`), 'utf8'), { columns: true, skip_empty_lines: true });

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  return (await connection.runAndReadAll(sql)).getRowObjects() as Record<string, unknown>[];
}

test('a Parquet file beside every CSV file, with as many rows', async () => {
  const names = readdirSync(tables())
    .filter((f) => f.endsWith('.csv'))
    .map((f) => f.slice(0, -4));
  assert.ok(names.length >= 17);
  for (const name of names) {
    const [{ n }] = await query(`select count(*) as n from read_parquet('${join(tables(), `${name}.parquet`)}')`);
    assert.is(Number(n), csvRows(name).length, name);
  }
});

test('numeric columns sum as in the CSV; dates, integers and booleans are typed', async () => {
  const casualties = join(tables(), 'casualties.parquet');
  const [{ s }] = await query(`select sum(figure) as s from read_parquet('${casualties}')`);
  assert.is(
    Number(s),
    csvRows('casualties').reduce((sum, r) => sum + Number(r.figure || 0), 0),
  );
  const salience = join(tables(), 'framing_salience.parquet');
  const [{ share }] = await query(`select sum(share) as share from read_parquet('${salience}')`);
  const expected = csvRows('framing_salience').reduce((sum, r) => sum + Number(r.share || 0), 0);
  assert.ok(Math.abs(Number(share) - expected) < 1e-6);
  const types = Object.fromEntries(
    (await query(`describe select * from read_parquet('${join(tables(), 'articles.parquet')}')`)).map((r) => [
      r.column_name,
      r.column_type,
    ]),
  );
  assert.is(types.published, 'DATE');
  assert.is(types.words, 'BIGINT');
  assert.is(types.text, 'VARCHAR');
  const mentions = await query(`describe select * from read_parquet('${join(tables(), 'mentions.parquet')}')`);
  assert.is(mentions.find((r) => r.column_name === 'in_headline')?.column_type, 'BOOLEAN');
  const [{ d }] = await query(
    `select min(published)::varchar as d from read_parquet('${join(tables(), 'articles.parquet')}')`,
  );
  assert.is(
    d,
    csvRows('articles')
      .map((r) => r.published)
      .filter(Boolean)
      .sort()[0],
  );
});

test.run();
