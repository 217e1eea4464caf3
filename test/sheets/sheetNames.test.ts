// Sheet names made from user data (event ids from the manifest become the per-event Outlets
// sheets; outlet names become their column headers): whatever the data holds, Excel accepts every
// name, and the workbook opens with the names and headers given.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { outletsSheetNames } from '../../sheets/outlets/outletsSheetNames.ts';
import { checkSheetNames, sheetNameProblem } from '../../sheets/workbook/checkSheetNames.ts';
import { writeWorkbookFile } from '../../sheets/writeWorkbook.ts';
import type { BlocksSheet } from '../../sheets/SheetSpec.ts';
import { tempDir } from './fixtures/smallWorkbook.ts';

const HOSTILE_EVENTS = [
  'kerry: moscow / talks [july]?*',
  'a\\b',
  "o'brien visit'",
  '',
  '   ',
  'tab\there\nand\rnewline\u0007bell',
  'x'.repeat(200),
  'x'.repeat(201),
  'X'.repeat(202),
  '🇸🇾'.repeat(20),
  'History',
  'e'.repeat(22) + ' trailing space',
  "abcdefghijklmnopqrstuv'w",
];

test('every Outlets sheet name made from a hostile event id is valid in Excel and unique', () => {
  const names = outletsSheetNames(HOSTILE_EVENTS);
  for (const name of names) assert.is(sheetNameProblem(name), null, name);
  assert.is(new Set(names.map((n) => n.toLowerCase())).size, names.length);
  assert.equal(names.slice(0, 6), [
    'Outlets kerry- moscow - talks -',
    'Outlets a-b',
    "Outlets o'brien visit",
    'Outlets',
    'Outlets (2)',
    'Outlets tab-here-and-newline-be',
  ]);
  assert.equal(names.slice(6, 9), [
    'Outlets xxxxxxxxxxxxxxxxxxxxxxx',
    'Outlets xxxxxxxxxxxxxxxxxxx (2)',
    'Outlets XXXXXXXXXXXXXXXXXXX (3)',
  ]);
  assert.is(names[9], `Outlets ${'🇸🇾'.repeat(5)}`); // 8 + 20 units; a 21st would split a flag
  assert.is(names[10], 'Outlets History');
  assert.is(names[11], `Outlets ${'e'.repeat(22)}`); // cut before the space, not kept on the end
  assert.is(names[12], 'Outlets abcdefghijklmnopqrstuv'); // no apostrophe left at the end
});

test('checkSheetNames refuses every name Excel refuses', () => {
  const refused = (names: string[]) =>
    assert.throws(
      () => checkSheetNames(names),
      (e: Error) => /invalid sheet name|used twice/.test(e.message),
    );
  refused(['']);
  refused([' ']);
  refused(['x'.repeat(32)]);
  refused(['a/b']);
  refused(['a[1]']);
  refused(['History']);
  refused(['history']);
  refused(["'quoted"]);
  refused(["quoted'"]);
  refused(['tab\there']);
  refused(['\ud83c']);
  refused(['Outlets', 'OUTLETS']);
  checkSheetNames(['About', 'Articles', "Outlets o'brien", 'x'.repeat(31)]);
});

test('a workbook with hostile event ids and outlet names opens with the names and headers given', async () => {
  const outlets = [
    '=HYPERLINK("http://x")',
    'Al-Araby: "The New Arab" / [UK]',
    "'Quoted'",
    'History',
    ''.padEnd(40, '*'),
  ];
  const names = outletsSheetNames(HOSTILE_EVENTS);
  const sheets: BlocksSheet[] = names.map((name) => ({
    kind: 'blocks',
    name,
    title: `How each outlet covered ${name}`,
    blocks: [
      {
        title: 'Coverage',
        columns: outlets.map((o, i) => ({ key: `o${i}`, header: o, type: 'integer' as const })),
        rows: [Object.fromEntries(outlets.map((_, i) => [`o${i}`, i]))],
      },
    ],
  }));
  const file = await writeWorkbookFile(join(tempDir('sheetnames'), 'framebook.xlsx'), { sheets });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  assert.equal(
    wb.worksheets.map((w) => w.name),
    names,
  );
  const headers: string[] = [];
  wb.worksheets[0].eachRow((row) => {
    if (row.getCell(1).value === outlets[0]) row.eachCell((c) => headers.push(String(c.value)));
  });
  assert.equal(headers, outlets);
});

test.run();
