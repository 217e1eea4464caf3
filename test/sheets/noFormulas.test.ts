// Text that looks like a formula stays text in the workbook: every cell of a table or blocks sheet,
// written whole or streamed, is a text cell in the XML with no <f> element, and reads back as the
// same string, so no spreadsheet program computes it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../../sheets/SheetSpec.ts';
import { writeWorkbookFile } from '../../sheets/writeWorkbook.ts';
import { streamWorkbook } from '../../sheets/workbook/streamWorkbook.ts';
import { tempDir } from './fixtures/smallWorkbook.ts';

const TEXTS = ['=1+1', '+44 20 7946 0000', '-2+3', '@SUM(A1)', '\t=cmd|calc', '\r\n=HYPERLINK("http://x","y")'];
const spec: WorkbookSpec = {
  sheets: [
    {
      kind: 'table',
      name: 'Quotes',
      freeze: true,
      autofilter: true,
      rows: TEXTS.map((text) => ({ text })),
      columns: [{ key: 'text', header: '=header', type: 'text', width: 40 }],
    },
    {
      kind: 'blocks',
      name: 'Outlets =x',
      title: '=title',
      blocks: [
        {
          title: '@block',
          columns: [{ key: 'text', header: '-outlet', type: 'text' }],
          rows: TEXTS.map((text) => ({ text })),
        },
      ],
    },
  ],
};

async function check(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  assert.is(sheets.length, 2);
  for (const name of sheets) {
    const xml = await zip.file(name)!.async('string');
    assert.not.match(xml, /<f[ >]/, `${name} holds a formula`);
    const cells = [...xml.matchAll(/<c ([^>]*?)>(.*?)<\/c>/gs)];
    assert.ok(cells.length >= TEXTS.length);
    // s and inlineStr are text; str (the streamed writer's) is a formula's text result, which with no
    // <f> beside it is text too.
    for (const [, attributes] of cells) assert.match(attributes, /t="(s|inlineStr|str)"/);
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const values: unknown[] = [];
  wb.getWorksheet('Quotes')!.eachRow((row) => values.push(row.getCell(1).value));
  assert.equal(values, ['=header', ...TEXTS.map((t) => t.replace(/\r\n/g, '\n').replace('\r', '\n'))]);
}

test('formula-like text is a string cell in a workbook written whole', async () => {
  await check(await writeWorkbookFile(join(tempDir('noformulas'), 'a.xlsx'), spec));
});

test('formula-like text is a string cell in a streamed workbook', async () => {
  const file = join(tempDir('noformulas'), 'b.xlsx');
  await streamWorkbook(file, spec, new Date(Date.UTC(2000, 0, 1)));
  await check(file);
});

test.run();
