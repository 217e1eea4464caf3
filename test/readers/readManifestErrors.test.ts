// Each manifest error names the file, the sheet (for a workbook), the row and the column.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readManifest } from '../../readers/readManifest.ts';
import { InputError } from '../../transforms/InputError.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'manifests');

async function failure(file: string): Promise<InputError> {
  try {
    await readManifest(file);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error(`no error for ${file}`);
}

const CSV_CASES: [string, string][] = [
  [
    'no-file-column.csv',
    'row 1, column file: no "file" column: the header row must name a column "file" holding each article\'s file name',
  ],
  ['empty-file.csv', 'row 3, column file: empty file name'],
  ['duplicate.csv', 'row 4, column file: "000.txt" is already listed in row 2'],
  [
    'bad-date.csv',
    'row 3, column published: "mid July" is not a date; write it as YYYY-MM-DD (for example 2016-07-14), 14/07/2016, 14 July 2016 or as an Excel date',
  ],
  [
    'impossible-date.csv',
    'row 2, column published: "2016-02-30" is not a date; write it as YYYY-MM-DD (for example 2016-07-14), 14/07/2016, 14 July 2016 or as an Excel date',
  ],
];

for (const [name, message] of CSV_CASES) {
  test(`.csv: ${name}`, async () => {
    const file = join(FIXTURES, name);
    const e = await failure(file);
    assert.is(e.message, `${file}, ${message}`);
  });
}

async function writeXlsx(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Articles');
  for (const r of rows) wb.getWorksheet('Articles')!.addRow(r);
  const file = join(mkdtempSync(join(tmpdir(), 'framebook-manifest-')), 'manifest.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const XLSX_CASES: [string, unknown[][], string][] = [
  [
    'no file column',
    [
      ['outlet', 'published'],
      ['Ahram Online', '2016-07-14'],
    ],
    'sheet Articles, row 1, column file: no "file" column: the header row must name a column "file" holding each article\'s file name',
  ],
  [
    'empty file cell',
    [
      ['file', 'outlet'],
      ['000.txt', 'Ahram Online'],
      [null, 'Expatica'],
    ],
    'sheet Articles, row 3, column file: empty file name',
  ],
  [
    'duplicate file',
    [['file'], ['000.txt'], ['000.txt']],
    'sheet Articles, row 3, column file: "000.txt" is already listed in row 2',
  ],
  [
    'bad date',
    [
      ['file', 'published'],
      ['000.txt', 'July 14th'],
    ],
    'sheet Articles, row 2, column published: "July 14th" is not a date; write it as YYYY-MM-DD (for example 2016-07-14), 14/07/2016, 14 July 2016 or as an Excel date',
  ],
];

for (const [name, rows, message] of XLSX_CASES) {
  test(`.xlsx: ${name}`, async () => {
    const file = await writeXlsx(rows);
    assert.is((await failure(file)).message, `${file}, ${message}`);
  });
}

test('an unknown extension names the file', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'framebook-manifest-')), 'manifest.ods');
  writeFileSync(file, 'x');
  assert.is((await failure(file)).message, `${file}: a manifest must be a .xlsx or .csv file, not ".ods"`);
});

test('a file that is not a workbook names the file', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'framebook-manifest-')), 'manifest.xlsx');
  writeFileSync(file, 'file,outlet\n');
  assert.match(
    (await failure(file)).message,
    new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read as an .xlsx workbook`),
  );
});

test.run();
