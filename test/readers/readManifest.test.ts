import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readManifest } from '../../readers/readManifest.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'manifests');

test('no manifest says nothing', async () => {
  assert.equal(await readManifest(null), []);
});

test('.csv: BOM, header names trimmed and in any case, every value as text, blank lines skipped, extra columns ignored', async () => {
  const file = join(FIXTURES, 'manifest.csv');
  assert.equal(await readManifest(file), [
    {
      file: '000.txt',
      outlet: 'Ahram Online',
      published: '2016-07-14',
      url: 'https://english.ahram.org.eg/x',
      event: 'kerry-moscow',
      row: 2,
      source: file,
    },
    { file: '001.txt', outlet: '001', published: '', url: '', event: '', row: 3, source: file },
    { file: '002.txt', outlet: 'The "New" Arab', published: '2016-07-15', url: '', event: '', row: 5, source: file },
  ]);
});

test('a header with no rows is a valid, empty manifest', async () => {
  assert.equal(await readManifest(join(FIXTURES, 'header-only.csv')), []);
});

async function writeXlsx(rows: unknown[][], sheet = 'manifest'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  const file = join(mkdtempSync(join(tmpdir(), 'framebook-manifest-')), 'manifest.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

test('.xlsx: date cells are calendar days (their UTC day), text dates and numbers-as-text kept', async () => {
  const file = await writeXlsx([
    ['File', 'Outlet', 'Published', 'URL', 'Event'],
    ['000.txt', 'Ahram Online', new Date(Date.UTC(2016, 6, 14)), 'https://english.ahram.org.eg/x', 'e1'],
    ['001.txt', 'Expatica', '2016-07-15', null, null],
    [],
    [
      '002.txt',
      2016,
      new Date(Date.UTC(2015, 11, 15, 23, 30)),
      { text: 'link', hyperlink: 'https://example.org/a' },
      'e2',
    ],
  ]);
  assert.equal(await readManifest(file), [
    {
      file: '000.txt',
      outlet: 'Ahram Online',
      published: '2016-07-14',
      url: 'https://english.ahram.org.eg/x',
      event: 'e1',
      row: 2,
      source: file,
      sheet: 'manifest',
    },
    {
      file: '001.txt',
      outlet: 'Expatica',
      published: '2016-07-15',
      url: '',
      event: '',
      row: 3,
      source: file,
      sheet: 'manifest',
    },
    {
      file: '002.txt',
      outlet: '2016',
      published: '2015-12-15',
      url: 'link',
      event: 'e2',
      row: 5,
      source: file,
      sheet: 'manifest',
    },
  ]);
});

test('.xlsx with a header row only is valid', async () => {
  assert.equal(await readManifest(await writeXlsx([['file', 'outlet', 'published']], 'Sheet1')), []);
});

test.run();
