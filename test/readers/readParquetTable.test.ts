// A table written as Parquet (writers/toParquet.ts) reads back as the notebook held it: integers as
// numbers (not BigInt), dates as ISO text, booleans, and empty text apart from no value.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readParquetTable } from '../../readers/readParquetTable.ts';
import { toParquet } from '../../writers/toParquet.ts';
import { tableColumns } from '../../writers/tableColumns.ts';
import { ARTICLES, MENTIONS, toTable } from '../../transforms/schema/index.ts';
import { InputError } from '../../transforms/InputError.ts';
import { tableEqual } from '../tableEqual.ts';

const scratch = mkdtempSync(join(tmpdir(), 'framebook-readparquet-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

test('articles: text, dates, integers and nulls as in memory', async () => {
  const table = toTable(ARTICLES, [
    { article_id: 'a1', outlet: 'TASS', wire: '', published: '2016-07-14', words: 412, text: 'Hello\n\nWorld' },
    { article_id: 'a2', outlet: 'Reuters', wire: 'AFP', published: null, words: 0, text: '=1+1' },
  ]);
  const path = join(scratch, 'articles.parquet');
  writeFileSync(path, toParquet(tableColumns(table, ARTICLES as never)));
  const back = await readParquetTable(path, ARTICLES as never);
  tableEqual(back, table, 'articles');
  assert.is(back.get('wire', 0), '', 'empty text stays empty text');
  assert.is(back.get('url', 0), null, 'no value stays no value');
  assert.is(typeof back.get('words', 0), 'number');
});

test('mentions: booleans, and an extra column the schema does not declare', async () => {
  const table = toTable(MENTIONS, [
    {
      article_id: 'a1',
      sentence_id: 'a1-s1',
      start: 0,
      end: 6,
      surface: 'Moscow',
      actor_id: 'russia',
      in_headline: true,
    },
    {
      article_id: 'a1',
      sentence_id: 'a1-s2',
      start: 40,
      end: 45,
      surface: 'Assad',
      actor_id: 'assad',
      in_headline: false,
    },
  ]).assign({ score: [3, 4] });
  const path = join(scratch, 'mentions.parquet');
  writeFileSync(path, toParquet(tableColumns(table, MENTIONS as never)));
  tableEqual(await readParquetTable(path, MENTIONS as never), table, 'mentions');
});

test('a file that is not Parquet is one input error naming it', async () => {
  const path = join(scratch, 'not.parquet');
  writeFileSync(path, 'article_id\na1\n');
  try {
    await readParquetTable(path);
    assert.unreachable();
  } catch (e) {
    assert.instance(e, InputError);
    assert.match((e as Error).message, /not\.parquet: cannot read this Parquet table/);
  }
});

test.run();
