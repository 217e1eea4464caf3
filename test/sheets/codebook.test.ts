// The committed sheets/codebook.xlsx is what `npm run codebook` writes from defaultCodebook.ts:
// editing the TypeScript without rebuilding fails here.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CODEBOOK_SHEETS } from '../../sheets/codebook/defaultCodebook.ts';
import { CODEBOOK_FILE, codebookSpec } from '../../sheets/codebook/buildCodebook.ts';
import { writeWorkbookFile } from '../../sheets/writeWorkbook.ts';
import { cellText } from '../../readers/codebook/cellText.ts';
import { readCodebook } from '../../readers/readCodebook.ts';
import { tempDir } from './fixtures/smallWorkbook.ts';

test('the committed codebook.xlsx holds the rows of defaultCodebook.ts (run `npm run codebook` after editing it)', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(CODEBOOK_FILE);
  assert.equal(
    wb.worksheets.map((w) => w.name),
    ['about', ...Object.keys(CODEBOOK_SHEETS)],
  );
  for (const [name, sheet] of Object.entries(CODEBOOK_SHEETS)) {
    const rows: string[][] = [];
    wb.getWorksheet(name)!.eachRow((row) => {
      rows.push(Array.from({ length: sheet.columns.length }, (_, c) => cellText(row.getCell(c + 1).value)));
    });
    assert.equal(rows, [[...sheet.columns], ...sheet.rows.map((r) => [...r])], name);
  }
});

test('rebuilding the codebook gives the committed bytes', async () => {
  const file = await writeWorkbookFile(join(tempDir('codebook-build'), 'codebook.xlsx'), codebookSpec());
  assert.ok(
    (await readFile(file)).equals(await readFile(CODEBOOK_FILE)),
    'sheets/codebook.xlsx is stale: run npm run codebook',
  );
});

test('the about sheet explains each sheet and how lists are joined', async () => {
  const about = JSON.stringify(codebookSpec().sheets[0]);
  for (const name of Object.keys(CODEBOOK_SHEETS)) assert.match(about, `"sheet":"${name}"`);
  assert.match(about, 'joined with \\"; \\"');
});

test('the committed codebook reads without error, with header frozen and filtered sheets', async () => {
  const codebook = await readCodebook(CODEBOOK_FILE);
  assert.is(codebook.actors.length, CODEBOOK_SHEETS.actors.rows.length);
  assert.is(codebook.outlets.length, CODEBOOK_SHEETS.outlets.rows.length);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(CODEBOOK_FILE);
  const actors = wb.getWorksheet('actors')!;
  assert.is(actors.views[0].state, 'frozen');
  assert.ok(actors.autoFilter);
  assert.ok(actors.getCell('A1').font?.bold);
});

test.run();
