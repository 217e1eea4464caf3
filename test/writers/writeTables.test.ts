import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as aq from 'arquero';
import { writeTables } from '../../writers/writeTables.ts';
import { EXTRACTION_TABLES, COMPARISON_TABLES, MENTIONS } from '../../transforms/schema/index.ts';
import { smallComparison, smallExtraction } from '../sheets/fixtures/smallRun.ts';
import { tempDir } from '../sheets/fixtures/smallWorkbook.ts';

const header = (file: string) => readFileSync(file, 'utf8').split('\n')[0];

test('writes the 8 extraction tables, candidates and the 8 comparison tables', async () => {
  const dir = tempDir('tables');
  const paths = await writeTables(dir, smallExtraction(), smallComparison());
  const expected = [...EXTRACTION_TABLES.map((t) => t.name), 'candidates', ...COMPARISON_TABLES.map((t) => t.name)].map(
    (n) => `${n}.csv`,
  );
  const withParquet = expected.flatMap((f) => [f, f.replace('.csv', '.parquet')]);
  assert.equal(
    paths.map((p) => basename(p)),
    withParquet,
  );
  assert.equal(readdirSync(join(dir, 'tables')).sort(), [...withParquet].sort());
  for (const [i, schema] of [...EXTRACTION_TABLES, ...COMPARISON_TABLES].entries()) {
    const file = paths.filter((p) => p.endsWith('.csv'))[i < 8 ? i : i + 1];
    assert.is(header(file), schema.names.join(','), schema.name);
  }
});

test('rows keep their values: integers plain, booleans true/false, formula-like text neutralised', async () => {
  const dir = tempDir('tables-rows');
  await writeTables(dir, smallExtraction(), smallComparison());
  const mentions = readFileSync(join(dir, 'tables', 'mentions.csv'), 'utf8').split('\n');
  assert.is(mentions[1], 'wire-kerry-moscow:m0,wire-kerry-moscow,wire-kerry-moscow:s0,0,5,Kerry,john-kerry,,true,');
  const sentences = readFileSync(join(dir, 'tables', 'sentences.csv'), 'utf8');
  assert.match(sentences, ",'=SUM(A1) is not a formula here.\n");
  const frames = readFileSync(join(dir, 'tables', 'framing_frames.csv'), 'utf8');
  assert.match(frames, ',Humanitarian,1,0.333333\n');
  const articles = readFileSync(join(dir, 'tables', 'articles.csv'), 'utf8');
  assert.match(articles, '"Kerry heads to Moscow with Syria offer\n\nMOSCOW (AFP) - US');
});

test("empty tables keep their header; extra columns come after the schema's, missing ones stay empty", async () => {
  const dir = tempDir('tables-empty');
  const extraction = smallExtraction();
  extraction.quotes = extraction.quotes.filter(() => false);
  extraction.mentions = aq.table({ note: ['checked'], mention_id: ['a:m0'], article_id: ['a'] });
  await writeTables(dir, extraction, smallComparison());
  assert.is(
    readFileSync(join(dir, 'tables', 'quotes.csv'), 'utf8'),
    'quote_id,article_id,sentence_id,start,end,speaker,text,kind,verb,parser,speaker_text\n',
  );
  assert.is(
    readFileSync(join(dir, 'tables', 'mentions.csv'), 'utf8'),
    `${MENTIONS.names.join(',')},note\na:m0,a,,,,,,,,,checked\n`,
  );
});

test('no temporary files are left behind, and a second run gives the same bytes', async () => {
  const dir = tempDir('tables-twice');
  const first = await writeTables(dir, smallExtraction(), smallComparison());
  const before = first.map((p) => readFileSync(p));
  await writeTables(dir, smallExtraction(), smallComparison());
  assert.equal(
    readdirSync(join(dir, 'tables')).filter((f) => f.endsWith('.tmp')),
    [],
  );
  first.forEach((p, i) => assert.ok(readFileSync(p).equals(before[i]), p));
});

test.run();
