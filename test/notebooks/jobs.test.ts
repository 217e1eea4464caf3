// The per-article extraction (mentions, quotes, dates, casualties, proposals) and the charts give
// the same bytes in one thread (--jobs 1) and in two workers
// (--jobs 2): every table and the workbook.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notebook, root } from './sampleRun.ts';

test('--jobs 1 and --jobs 2 write the same tables and workbook on the sample', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'framebook-jobs-'));
  try {
    const outs = ['1', '2'].map((jobs) => {
      const out = join(scratch, `jobs${jobs}`);
      const run = notebook('--corpus', join(root, 'corpus'), '--out', out, '--jobs', jobs, '--quiet');
      assert.is(run.status, 0, run.stderr);
      assert.is(run.stderr, '', '--quiet prints nothing');
      return out;
    });
    const tables = readdirSync(join(outs[0], 'tables')).sort();
    assert.ok(tables.includes('quotes.csv') && tables.includes('proposals.parquet'));
    assert.equal(readdirSync(join(outs[1], 'tables')).sort(), tables);
    for (const t of tables)
      assert.ok(
        readFileSync(join(outs[0], 'tables', t)).equals(readFileSync(join(outs[1], 'tables', t))),
        `${t} differs`,
      );
    const book = (out: string) => readFileSync(join(out, 'framebook.xlsx'));
    assert.ok(book(outs[0]).equals(book(outs[1])), 'framebook.xlsx differs');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test.run();
