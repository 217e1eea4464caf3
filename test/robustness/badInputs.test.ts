// Every case of test/fixtures/bad-inputs/README.md with the message or output it gets.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifest } from '../../readers/readManifest.ts';
import { readCorpus } from '../../readers/readCorpus.ts';
import { manifestCoverage } from '../../transforms/articles/manifestCoverage.ts';
import { checkOutFolder } from '../../writers/checkOutFolder.ts';
import { writeAtomic } from '../../writers/writeAtomic.ts';
import { fitText } from '../../sheets/workbook/cellValue.ts';
import { aboutSheet } from '../../sheets/aboutSheet.ts';
import * as aq from 'arquero';

const B = join(import.meta.dirname, '..', 'fixtures', 'bad-inputs');

async function message(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

test('a manifest with CRLF rows then LF rows: one row per record, nothing merged', async () => {
  const rows = await readManifest(join(B, 'mixed-line-ends.csv'));
  assert.is(rows.length, 30);
  assert.equal(
    rows.slice(16, 19).map((r) => [r.file, r.outlet, r.published, r.event, r.row]),
    [
      ['016.txt', 'Outlet 16', '2016-07-17', 'event-1', 18],
      ['017.txt', 'Outlet 17', '2016-07-18', 'event-2', 19],
      ['018.txt', 'Outlet 18', '2016-07-19', 'event-0', 20],
    ],
  );
});

test('semicolon and tab separators, a BOM, and the common date forms', async () => {
  const semi = await readManifest(join(B, 'semicolon-bom.csv'));
  assert.equal(
    semi.map((r) => [r.file, r.outlet, r.published]),
    [
      ['000.txt', 'Ahram; Online', '2016-07-14'],
      ['001.txt', 'Expatica', '2016-07-14'],
    ],
  );
  const tab = await readManifest(join(B, 'tab.csv'));
  assert.equal(
    tab.map((r) => r.published),
    ['2016-07-14', '2016-07-15', '2016-07-16'],
  );
});

test('a row wider than the header, and an ambiguous date, are errors naming the row', async () => {
  const wide = join(B, 'wrong-width.csv');
  assert.is(
    await message(() => readManifest(wide)),
    `${wide}, row 3: 4 cells where the header has 3; check the row for a stray or missing "," or an unclosed quotation mark`,
  );
  const ambiguous = join(B, 'ambiguous-date.csv');
  assert.is(
    await message(() => readManifest(ambiguous)),
    `${ambiguous}, row 2, column published: "03/04/2016" could be April 3 or March 4; write it as YYYY-MM-DD (2016-04-03 or 2016-03-04) or as 3 April 2016`,
  );
});

test('empty, binary and image files are skipped with a warning; manifest gaps are warnings', async () => {
  const dir = join(B, 'corpus-mixed');
  const warnings: string[] = [];
  const files = await readCorpus(dir, { warnings });
  assert.equal(
    files.map((f) => f.file),
    ['a-good.txt'],
  );
  const manifest = await readManifest(join(dir, 'manifest.csv'));
  assert.equal(
    manifest.map((r) => r.published),
    ['2016-07-14', '2016-07-15'],
  );
  warnings.push(...manifestCoverage(files, manifest));
  assert.equal(warnings, [
    `${join(dir, 'b-empty.txt')}: skipped, empty file (0 bytes)`,
    `${join(dir, 'c-image.txt')}: skipped, a PNG image, not text`,
    `${join(dir, 'd-binary.txt')}: skipped, binary content (control characters), not text`,
    `${join(dir, 'manifest.csv')}, row 3, column file: "missing.txt" is not in the corpus folder (or was skipped); the row is left out`,
  ]);
  const about = aboutSheet({
    corpus: dir,
    manifest: null,
    codebook: 'codebook.xlsx',
    articles: aq.table({ article_id: ['a-good'] }),
    sheets: [],
    columns: [],
    warnings,
  });
  const block = about.blocks.find((b) => b.title === 'Warnings');
  assert.equal(
    block?.rows.map((r) => r.warning),
    warnings,
  );
});

test('a file over --max-file-size is skipped with a warning', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'framebook-big-'));
  writeFileSync(join(dir, 'big.txt'), 'Headline\n\nWords. '.repeat(2000));
  const warnings: string[] = [];
  assert.equal(await readCorpus(dir, { maxFileSize: 10_000, warnings }), []);
  assert.equal(warnings, [`${join(dir, 'big.txt')}: skipped, 0.034 MB is over the 0.010 MB limit (--max-file-size)`]);
});

test('--out that cannot be written is refused with one line, before any work', async () => {
  if (existsSync('/proc/self'))
    assert.is(
      await message(() => checkOutFolder('/proc/framebook-out')),
      '/proc/framebook-out: cannot write the output folder (--out): ENOENT',
    );
  const dir = mkdtempSync(join(tmpdir(), 'framebook-out-'));
  writeFileSync(join(dir, 'file'), '');
  assert.is(
    await message(() => checkOutFolder(join(dir, 'file', 'out'))),
    `${join(dir, 'file', 'out')}: cannot write the output folder (--out): ENOTDIR`,
  );
});

test('a workbook Excel holds open (a ~$ lock file beside it) is left alone; the new one goes beside it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'framebook-lock-'));
  writeFileSync(join(dir, 'framebook.xlsx'), 'old');
  writeFileSync(join(dir, '~$framebook.xlsx'), '');
  assert.is(await writeAtomic(join(dir, 'framebook.xlsx'), 'new'), join(dir, 'framebook (1).xlsx'));
});

test('control characters XML forbids are removed from workbook text', () => {
  assert.is(fitText('a\u0000b\u0007c\u000bd\te\nf\ud800'), 'abcd\te\nf');
});

test.run();
