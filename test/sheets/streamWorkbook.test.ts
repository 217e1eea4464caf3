// A workbook past the streaming threshold: streamed, read back whole by exceljs (every row, typed
// cells, the note under the rows, the charts listed), and the same bytes twice.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeWorkbookFile, STREAM_ROWS } from '../../sheets/writeWorkbook.ts';
import type { WorkbookSpec } from '../../sheets/SheetSpec.ts';

const n = STREAM_ROWS + 10;
const spec: WorkbookSpec = {
  sheets: [
    {
      kind: 'table',
      name: 'Sentences',
      freeze: true,
      autofilter: true,
      heat: ['share'],
      note: 'The first rows only; every row is in tables/sentences.csv and tables/sentences.parquet.',
      rows: Array.from({ length: n }, (_, i) => ({ text: `Sentence ${i}.`, share: i / n, day: '2016-07-14' })),
      columns: [
        { key: 'text', header: 'text', type: 'text', width: 40 },
        { key: 'share', header: 'share', type: 'number', width: 8 },
        { key: 'day', header: 'day', type: 'date', width: 12 },
      ],
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

test.run();
