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

test('the committed codebook reads without error; each sheet a Table with frozen header, messages and drop-downs', async () => {
  const codebook = await readCodebook(CODEBOOK_FILE);
  assert.is(codebook.actors.length, CODEBOOK_SHEETS.actors.rows.length);
  assert.is(codebook.outlets.length, CODEBOOK_SHEETS.outlets.rows.length);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(CODEBOOK_FILE);
  const actors = wb.getWorksheet('actors')!;
  assert.is(actors.views[0].state, 'frozen');
  assert.equal(
    actors.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name),
    ['CodebookActors'],
  );
  const rules = (ws: ExcelJS.Worksheet, cell: string) =>
    (
      ws as unknown as { dataValidations: { find(a: string): Record<string, unknown> | undefined } }
    ).dataValidations.find(cell);
  // The actor type is a drop-down that refuses other values, also on the rows a user adds.
  const type = rules(actors, `B${CODEBOOK_SHEETS.actors.rows.length + 100}`)!;
  assert.equal(
    [type.type, type.formulae, type.errorStyle],
    ['list', ['"person,state,organization,armed_group,media,other"'], 'stop'],
  );
  assert.match(String(rules(actors, 'C2')!.prompt), 'metonyms');
  const colour = rules(wb.getWorksheet('outlets')!, 'D2')!;
  assert.equal([colour.type, colour.errorStyle], ['custom', 'warning']);
  assert.equal(rules(wb.getWorksheet('casualty_terms')!, 'B2')!.formulae, [
    '"killed,wounded,displaced,detained,missing,affected"',
  ]);
});

test.run();
