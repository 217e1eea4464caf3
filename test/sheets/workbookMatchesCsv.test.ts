// The workbook's table sheets hold the same rows as the CSV files (issue 2's "done when").
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { writeTables } from '../../writers/writeTables.ts';
import { writeWorkbook } from '../../sheets/writeWorkbook.ts';
import { formatNumber } from '../../writers/writeCsv.ts';
import { smallComparison, smallExtraction } from './fixtures/smallRun.ts';
import { smallSpec, tempDir } from './fixtures/smallWorkbook.ts';

const SHEET_OF: Record<string, string> = {
  articles: 'Articles',
  sentences: 'Sentences',
  actors: 'Actors',
  mentions: 'Mentions',
  dates: 'Dates',
  casualties: 'Casualties',
  proposals: 'Proposals',
  quotes: 'Quotes',
  candidates: 'Candidates',
  framing_salience: 'Salience',
  framing_voices: 'Voices',
  framing_labels: 'Labels',
  framing_frames: 'Frames',
  distinctive_terms: 'Distinctive terms',
  reuse: 'Reuse',
  alignment: 'Alignment',
  omissions: 'Omissions',
};

function asCsvText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'hyperlink' in value) return String(value.text);
  return String(value);
}

test('every CSV table has a sheet with the same header and rows', async () => {
  const dir = tempDir('match');
  const paths = (await writeTables(dir, smallExtraction(), smallComparison())).filter((p) => p.endsWith('.csv'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await writeWorkbook(dir, await smallSpec(dir)));
  assert.is(paths.length, 17);
  for (const path of paths) {
    const table = path.split('/').pop()!.replace('.csv', '');
    const [header, ...rows] = parse(readFileSync(path, 'utf8')) as string[][];
    const ws = wb.getWorksheet(SHEET_OF[table]);
    assert.ok(ws, `no sheet for ${table}`);
    const sheetHeader = (ws!.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(asCsvText);
    assert.equal(sheetHeader.slice(0, header.length), header, `${table} header`);
    assert.is(ws!.actualRowCount - 1, rows.length, `${table} row count`);
    rows.forEach((row, r) => {
      const cells = header.map((_, c) => asCsvText(ws!.getRow(r + 2).getCell(c + 1).value));
      const csv = row.map((v) => (/^'[=+\-@]/.test(v) ? v.slice(1) : v));
      assert.equal(cells, csv, `${table} row ${r + 2}`);
    });
  }
});

test.run();
