// Corrections flow back: a user takes the workbook of a run, marks a mention `drop`, fixes a
// casualty figure, adds a candidate as an actor's alias, saves it (with exceljs, as Excel
// would); the next run with --review applies the three decisions, says so on stderr and on
// About, and leaves the user's file as it was.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

const root = resolve(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'framebook-review-'));

function notebook(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'notebooks', 'framebook.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status: r.status, stderr: r.stderr };
}
const csv = (dir: string, table: string) =>
  parse(readFileSync(join(dir, 'tables', `${table}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];

/** The header columns of a sheet, by name. */
function columns(ws: ExcelJS.Worksheet): Map<string, number> {
  const m = new Map<string, number>();
  ws.getRow(1).eachCell((c, i) => m.set(String(c.value), i));
  return m;
}

const first = join(scratch, 'first');
const firstRun = notebook('--out', first);

test('a reviewed workbook applies a drop, a fix and a new alias on the next run, and reports them', async () => {
  assert.is(firstRun.status, 0, firstRun.stderr);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(first, 'framebook.xlsx'));

  // Drop the first mention of Putin in the headline of the first article.
  const mentions = wb.getWorksheet('Mentions')!;
  const m = columns(mentions);
  let dropped = { article: '', start: '' };
  mentions.eachRow((row, r) => {
    if (r === 1 || dropped.article || row.getCell(m.get('surface')!).value !== 'Putin') return;
    row.getCell(m.get('review')!).value = 'drop';
    dropped = {
      article: String(row.getCell(m.get('article_id')!).value),
      start: String(row.getCell(m.get('start')!).value),
    };
  });
  assert.ok(dropped.article, 'no Putin mention to drop');

  // Fix the first casualty figure: 280,000 becomes 290,000.
  const casualties = wb.getWorksheet('Casualties')!;
  const c = columns(casualties);
  const fixedRow = casualties.getRow(2);
  const fixedId = String(fixedRow.getCell(c.get('casualty_id')!).value);
  fixedRow.getCell(c.get('figure')!).value = 290000;
  fixedRow.getCell(c.get('review')!).value = 'fix';

  // Add "Syria" (named 35 times, as the world layer's state, never as the government) as an alias of
  // the Syrian government: the codebook then wins over the world layer.
  const candidates = wb.getWorksheet('Candidates')!;
  const k = columns(candidates);
  candidates.getRow(2).getCell(k.get('name')!).value = 'Syria';
  candidates.getRow(2).getCell(k.get('type')!).value = 'state';
  candidates.getRow(2).getCell(k.get('add as')!).value = 'Syrian government';

  const dir = join(scratch, 'reviewed');
  mkdirSync(dir);
  const reviewFile = join(dir, 'my-review.xlsx');
  await wb.xlsx.writeFile(reviewFile);
  const before = readFileSync(reviewFile);

  const second = join(scratch, 'second');
  const run = notebook('--review', reviewFile, '--out', second);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stderr, /review .*my-review\.xlsx: applied 3 of 3 decisions \(1 drop, 1 fix, 1 alias\)/);

  const gone = (rows: Record<string, string>[]) =>
    rows.some((r) => r.article_id === dropped.article && r.start === dropped.start && r.surface === 'Putin');
  assert.ok(gone(csv(first, 'mentions')), 'the mention was there before');
  assert.not.ok(gone(csv(second, 'mentions')), 'the dropped mention is back');
  assert.is(csv(second, 'casualties').find((r) => r.casualty_id === fixedId)!.figure, '290000');
  assert.is(csv(first, 'casualties').find((r) => r.casualty_id === fixedId)!.figure, '280000');
  const syria = csv(second, 'actors').find((r) => r.actor_id === 'syrian-government')!;
  assert.ok(syria.aliases.split('; ').includes('Syria'), syria.aliases);
  assert.not.ok(csv(first, 'mentions').some((r) => r.surface === 'Syria' && r.actor_id === 'syrian-government'));
  assert.ok(
    csv(second, 'mentions').filter((r) => r.surface === 'Syria' && r.actor_id === 'syrian-government').length > 10,
    'Syria is not found as the Syrian government',
  );

  // About says what was applied; the user's file is untouched.
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(join(second, 'framebook.xlsx'));
  const about: string[] = [];
  out.getWorksheet('About')!.eachRow((row) => row.eachCell((cell) => about.push(String(cell.value))));
  assert.ok(
    about.some((t) => /my-review\.xlsx: applied 3 of 3 decisions/.test(t)),
    'About does not report the review',
  );
  assert.ok(about.includes('Syria as an alias of Syrian government'));
  assert.ok(readFileSync(reviewFile).equals(before));
});

test('a decision that matches no record any more is reported, and the rest still apply', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(first, 'framebook.xlsx'));
  const quotes = wb.getWorksheet('Quotes')!;
  const q = columns(quotes);
  quotes.getRow(2).getCell(q.get('start')!).value = 999999;
  quotes.getRow(2).getCell(q.get('quote_id')!).value = 'no-such-quote';
  quotes.getRow(2).getCell(q.get('review')!).value = 'drop';
  const corpus = join(scratch, 'corpus');
  mkdirSync(corpus);
  for (const f of readdirSync(join(root, 'corpus'))) copyFileSync(join(root, 'corpus', f), join(corpus, f));
  // review.xlsx beside the corpus is picked up like the manifest.
  await wb.xlsx.writeFile(join(corpus, 'review.xlsx'));
  const run = notebook('--corpus', corpus, '--out', join(scratch, 'third'));
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stderr, /applied 0 of 1 decision; 1 no longer matches any record or actor/);
  assert.match(run.stderr, /Quotes row 2: no quote at .* 999999-\d+ \(no-such-quote\) any more/);
});

test.run();
