import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellValue, EXCEL_TEXT_LIMIT, fitText, isoDay } from '../../../sheets/workbook/cellValue.ts';
import { writeWorkbookFile } from '../../../sheets/writeWorkbook.ts';
import { tempDir } from '../fixtures/smallWorkbook.ts';

test('typed cells: numbers, real dates at UTC midnight, booleans, lists, empty', () => {
  assert.is(cellValue(280000, 'integer'), 280000);
  assert.is(cellValue('42', 'integer'), 42);
  assert.is(cellValue(1 / 3, 'number'), 0.333333);
  assert.is(cellValue(Number.NaN, 'number'), null);
  assert.equal(cellValue('2016-07-14', 'date'), new Date(Date.UTC(2016, 6, 14)));
  assert.is(cellValue('2016-07', 'date'), '2016-07');
  assert.is(cellValue('2016-02-30', 'date'), '2016-02-30');
  assert.is(cellValue('2016-07-14', 'text'), '2016-07-14');
  assert.is(cellValue(true, 'boolean'), true);
  assert.is(cellValue('false', 'boolean'), false);
  assert.is(cellValue(['Moscow', 'the Kremlin'], 'text'), 'Moscow; the Kremlin');
  assert.is(cellValue('', 'text'), null);
  assert.is(cellValue(undefined, 'text'), null);
  assert.is(cellValue('=SUM(A1)', 'text'), '=SUM(A1)');
});

test('isoDay rejects what is not a calendar day', () => {
  assert.is(isoDay('14/07/2016'), null);
  assert.is(isoDay('2016-13-01'), null);
});

test("text over Excel's limit is cut and says so", () => {
  const long = 'Kerry met Putin in Moscow. '.repeat(1600);
  const cut = fitText(long);
  assert.ok(long.length > EXCEL_TEXT_LIMIT);
  assert.is(cut.length <= EXCEL_TEXT_LIMIT, true);
  assert.ok(cut.startsWith('Kerry met Putin in Moscow. Kerry'));
  assert.match(cut, /cut at Excel's 32,767-character limit; the CSV table holds the whole text\]$/);
  assert.is(fitText('short'), 'short');
});

test('a 40,000-character cell reaches the workbook cut to the limit', async () => {
  const file = join(tempDir('long'), 'long.xlsx');
  await writeWorkbookFile(file, {
    sheets: [
      {
        kind: 'table',
        name: 'Articles',
        freeze: true,
        autofilter: true,
        columns: [{ key: 'text', header: 'text', type: 'text', width: 60 }],
        rows: [{ text: 'x'.repeat(40000) }],
      },
    ],
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const value = String(wb.getWorksheet('Articles')!.getCell('A2').value);
  assert.ok(value.length <= EXCEL_TEXT_LIMIT && value.length > 32000);
});

test.run();
