// A workbook past the streaming threshold: streamed, read back whole by exceljs (every row, typed
// cells, the note under the rows, the charts listed), and the same bytes twice; its table sheet a
// plain header with an autofilter (no Excel Table, no links) and its blocks sheet no native chart.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeWorkbookFile, STREAM_ROWS } from '../../sheets/writeWorkbook.ts';
import type { WorkbookSpec } from '../../sheets/SheetSpec.ts';

const n = STREAM_ROWS + 10;
const spec: WorkbookSpec = {
  sheets: [
    {
      kind: 'table',
      name: 'Sentences',
      table: 'Sentences',
      freeze: true,
      autofilter: true,
      heat: ['share'],
      note: 'The first rows only; every row is in tables/sentences.csv and tables/sentences.parquet.',
      rows: Array.from({ length: n }, (_, i) => ({ text: `Sentence ${i}.`, share: i / n, day: '2016-07-14' })),
      columns: [
        {
          key: 'text',
          header: 'text',
          type: 'text',
          width: 40,
          link: { kind: 'row', sheet: 'Sentences', rows: new Map([['Sentence 1.', 3]]) },
        },
        { key: 'share', header: 'share', type: 'number', width: 8 },
        { key: 'day', header: 'day', type: 'date', width: 12 },
      ],
    },
    {
      kind: 'blocks',
      name: 'Outlets e1',
      title: 'How each outlet covered event e1',
      blocks: [
        {
          title: 'Salience',
          columns: [
            { key: 'label', header: 'Actor', type: 'text' },
            { key: 'o0', header: 'AFP', type: 'number' },
          ],
          rows: [{ label: 'John Kerry', o0: 0.5 }],
        },
      ],
      charts: [{ block: 0, title: 'Share of actor mentions', series: ['o0'] }],
    },
    {
      kind: 'images',
      name: 'Charts',
      images: [{ title: 'Salience', reading: 'Bars.', png: '/x/charts/a.png', width: 9, height: 9 }],
    },
  ],
};

test('a big workbook is streamed, whole, typed, with its note, and the same bytes twice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'framebook-stream-'));
  try {
    const a = await writeWorkbookFile(join(dir, 'a.xlsx'), spec);
    const b = await writeWorkbookFile(join(dir, 'b.xlsx'), spec);
    assert.ok(readFileSync(a).equals(readFileSync(b)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(a);
    const ws = wb.getWorksheet('Sentences')!;
    assert.is(ws.getCell(n + 1, 1).value, `Sentence ${n - 1}.`);
    assert.equal(ws.getCell(2, 3).value, new Date(Date.UTC(2016, 6, 14)));
    assert.match(String(ws.getCell(n + 3, 1).value), /tables\/sentences\.parquet/);
    assert.is(wb.getWorksheet('Charts')!.getCell(5, 3).value, 'charts/a.png');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('streamed, a table sheet has a plain header with an autofilter, no Table and no links; no native charts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'framebook-stream-'));
  try {
    const file = await writeWorkbookFile(join(dir, 'a.xlsx'), spec);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const names = Object.keys(zip.files);
    assert.equal(
      names.filter((n) => /^xl\/(tables|charts|drawings)\//.test(n)),
      [],
    );
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    assert.match(sheet, /<autoFilter ref="A1:C\d+"\/>/);
    assert.not.match(sheet, /<hyperlink/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    assert.is(wb.getWorksheet('Sentences')!.getCell(3, 1).value, 'Sentence 1.');
    assert.is(wb.getWorksheet('Outlets e1')!.getCell(5, 1).value, 'John Kerry');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
