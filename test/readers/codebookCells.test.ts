// Codebooks as people leave them after editing in Excel, built with exceljs: merged cells, formulas
// with and without saved results, blank rows, extra sheets and columns. Each is read or refused
// cell by cell, and whatever is ignored is said in a warning.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type ExcelJS from 'exceljs';
import { readCodebook } from '../../readers/readCodebook.ts';
import { InputError } from '../../transforms/InputError.ts';
import { codebookFile, defaultSheets, type Sheets } from './fixtures/codebookFile.ts';

type Edit = (wb: ExcelJS.Workbook) => void;
const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!;

async function read(change: (s: Sheets) => void, edit?: Edit) {
  const sheets = defaultSheets();
  change(sheets);
  const warnings: string[] = [];
  const codebook = await readCodebook(await codebookFile(sheets, 'codebook.xlsx', edit), { warnings });
  return { codebook, warnings };
}

async function refusal(change: (s: Sheets) => void, edit?: Edit): Promise<string> {
  try {
    await read(change, edit);
  } catch (e) {
    assert.instance(e, InputError);
    return (e as Error).message.replace(/^.*codebook\.xlsx, /, '');
  }
  assert.unreachable('expected the codebook to be refused');
  return '';
}

const none = () => {};

test('a cell merged down a column gives its value to every row it covers', async () => {
  const { codebook } = await read(
    (s) => {
      s.actors[2][3] = null; // Vladimir Putin's camp, covered by the merge from Kerry's row
    },
    (wb) => sheet(wb, 'actors').mergeCells('D2:D3'),
  );
  assert.equal(
    codebook.actors.slice(0, 2).map((a) => [a.name, a.camp]),
    [
      ['John Kerry', 'US side'],
      ['Vladimir Putin', 'US side'],
    ],
  );
});

test('a cell merged across two columns of a row is refused, naming the sheet, row and column', async () => {
  const message = await refusal(none, (wb) => sheet(wb, 'actors').mergeCells('A3:B3'));
  assert.is(
    message,
    'sheet actors, row 3, column type: merged cell A3:B3 spreads one value over several columns; ' +
      'unmerge it and give each column its own value',
  );
});

test('a merged header cell is refused, naming its column', async () => {
  const message = await refusal(none, (wb) => sheet(wb, 'outlets').mergeCells('B1:C1'));
  assert.is(
    message,
    'sheet outlets, row 1, column C: merged cell B1:C1 spreads one value over several columns; ' +
      'unmerge it and give each column its own value',
  );
});

test('a header cell merged into the first row is refused', async () => {
  const message = await refusal(
    (s) => {
      s.labels[1][0] = null;
    },
    (wb) => sheet(wb, 'labels').mergeCells('A1:A2'),
  );
  assert.is(
    message,
    'sheet labels, row 2, column term: merged cell A1:A2 joins the header row to the rows below; unmerge it',
  );
});

test('a formula is read by its saved result', async () => {
  const { codebook } = await read((s) => {
    s.labels[1][0] = { formula: 'LOWER("REGIME")', result: 'regime' };
  });
  assert.is(codebook.labels[0].term, 'regime');
});

test('a formula with no saved result is refused, naming the cell', async () => {
  const message = await refusal((s) => {
    s.frames[2][1] = { formula: 'A2&"; talks"' } as ExcelJS.CellValue;
  });
  assert.is(
    message,
    'sheet frames, row 3, column cues: cell B3 holds a formula with no saved result; ' +
      'open and save the codebook in a spreadsheet program, or type the value',
  );
});

test('an error value or a formula that ends in one is refused, naming the cell', async () => {
  const error = await refusal((s) => {
    s.outlets[2][1] = { error: '#N/A' } as ExcelJS.CellValue;
  });
  assert.is(error, 'sheet outlets, row 3, column country: cell B3 holds the error #N/A');
  const formula = await refusal((s) => {
    s.outlets[2][1] = { formula: 'VLOOKUP(A3,X:Y,2)', result: { error: '#REF!' } } as ExcelJS.CellValue;
  });
  assert.is(formula, 'sheet outlets, row 3, column country: cell B3 holds a formula whose result is #REF!');
});

test('a formula in a column Framebook does not read is left alone', async () => {
  const { codebook } = await read((s) => {
    s.labels[0][2] = 'note';
    s.labels[1][2] = { formula: 'LEN(A2)' } as ExcelJS.CellValue;
  });
  assert.is(codebook.labels[0].term, 'regime');
});

test('blank rows, rows of spaces and blank rows above the header are skipped; rows keep Excel numbers', async () => {
  const { codebook } = await read((s) => {
    s.casualty_terms = [
      [],
      ['   ', null],
      ['term', 'kind'],
      ['killed', 'killed'],
      [null, null],
      ['  ', ' '],
      ['wounded', 'wounded'],
    ];
  });
  assert.equal(
    codebook.casualtyTerms.map((t) => [t.term, t.kind, t.ref.row]),
    [
      ['killed', 'killed', 4],
      ['wounded', 'wounded', 7],
    ],
  );
});

test('extra sheets are ignored with one warning naming them; the about sheet is not one', async () => {
  const { codebook, warnings } = await read((s) => {
    s.about = [['Notes for the reader']];
    s['My notes'] = [['anything']];
    s.Sheet1 = [];
  });
  assert.is(codebook.actors[0].name, 'John Kerry');
  assert.equal(warnings, [
    `${codebook.file}: sheets "My notes", "Sheet1" ignored ` +
      '(the codebook reads the sheets actors, frames, labels, casualty_terms, proposal_cues, outlets, settings)',
  ]);
});

test('a header column Framebook does not read is a warning, and its cells are not read', async () => {
  const { codebook, warnings } = await read((s) => {
    s.labels[0].push('Comment');
    s.labels[1].push('=not a formula, just text');
  });
  assert.is(codebook.labels[0].connotation, 'negative');
  assert.equal(warnings, [
    `${codebook.file}, sheet labels: column "comment" (C1) is not one Framebook reads, so it is ignored ` +
      '(it reads term, connotation)',
  ]);
});

test('a header naming a column twice is refused', async () => {
  const message = await refusal((s) => {
    s.proposal_cues[0].push('Type');
  });
  assert.is(
    message,
    'sheet proposal_cues, row 1, column type: the header row names column type twice (B1 and C1); keep one',
  );
});

test('the default codebook reads with no warning', async () => {
  const warnings: string[] = [];
  await readCodebook(new URL('../../sheets/codebook.xlsx', import.meta.url).pathname, { warnings });
  assert.equal(warnings, []);
});

test.run();
