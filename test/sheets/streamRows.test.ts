// The streamed table sheet's rows are written as XML directly (sheets/workbook/streamRows.ts): the
// sheet must be the same bytes exceljs's own streaming writer gives for the same cells and styles,
// with text that needs escaping, empty cells, numbers, booleans, dates and per-column styles.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Workbook } from 'exceljs';
import { renderTableSheet } from '../../sheets/workbook/renderTableSheet.ts';
import type { TableSheet } from '../../sheets/SheetSpec.ts';
import { cellValue } from '../../sheets/workbook/cellValue.ts';
import { defaultNumFmt, NOTE_FONT } from '../../sheets/workbook/styles.ts';

const sheet: TableSheet = {
  kind: 'table',
  name: 'Quotes',
  table: 'Quotes',
  freeze: true,
  autofilter: true,
  note: 'A note under the rows.',
  rows: Array.from({ length: 1200 }, (_, i) => ({
    id: `a${i}:q${i % 7}`,
    text: i % 5 ? `"We won't <go> back" & 'stay', said O'Neill ${i}.` : '',
    n: i % 3 ? i * 1.5 : i,
    day: i % 4 ? '2016-07-14' : 'some day',
    headline: i % 2 === 0,
  })),
  columns: [
    { key: 'id', header: 'id', type: 'text', width: 20 },
    { key: 'text', header: 'text', type: 'text', width: 60, wrap: true },
    { key: 'n', header: 'n', type: 'number', width: 8 },
    { key: 'day', header: 'day', type: 'date', width: 12 },
    { key: 'headline', header: 'in headline', type: 'boolean', width: 6 },
  ],
};

async function sheetXml(path: string, write: (wb: Workbook) => void): Promise<string> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  write(wb as unknown as Workbook);
  await wb.commit();
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (
    (await zip.file('xl/worksheets/sheet1.xml')!.async('string')) + (await zip.file('xl/styles.xml')!.async('string'))
  );
}

test("the rows written directly are the bytes exceljs's streaming writer gives", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'framebook-stream-rows-'));
  try {
    const direct = await sheetXml(join(dir, 'a.xlsx'), (wb) => renderTableSheet(wb, sheet, true).commit());
    // The reference: the same sheet through exceljs's Row and Cell objects, row by row.
    const viaCells = await sheetXml(join(dir, 'b.xlsx'), (wb) => {
      const ws = renderTableSheet(wb, { ...sheet, rows: [], note: undefined }, true);
      const shared = new Map<string, object>();
      sheet.rows.forEach((row, r) => {
        const xr = ws.getRow(r + 2);
        sheet.columns.forEach((c, i) => {
          const value = cellValue(row[c.key], c.type);
          if (value === null) return;
          const kind = `${i}:${value instanceof Date ? 'date' : typeof value}`;
          if (!shared.has(kind))
            shared.set(kind, {
              ...(defaultNumFmt(c.type) ? { numFmt: defaultNumFmt(c.type) } : {}),
              ...(c.wrap ? { alignment: { wrapText: true, vertical: 'top' } } : {}),
            });
          const cell = xr.getCell(i + 1);
          cell.value = value;
          cell.style = shared.get(kind)!;
        });
        xr.commit();
      });
      ws.autoFilter = `A1:E${sheet.rows.length + 1}`;
      const note = ws.getRow(sheet.rows.length + 3);
      note.getCell(1).value = sheet.note!;
      note.getCell(1).font = NOTE_FONT;
      note.commit();
      ws.commit();
    });
    assert.ok(direct.includes('&quot;We won&apos;t &lt;go&gt; back&quot; &amp; &apos;stay&apos;'));
    assert.ok(direct.includes('<c r="E2" t="b"><v>1</v></c>'));
    assert.ok(direct.includes('A1203'), 'the note under the rows');
    assert.is(direct, viaCells);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
