// A table sheet: an Excel Table (header with filter buttons, banded rows) or, when the sheet has
// no Table or no rows, or is streamed, a bold header with an autofilter; frozen header, widths,
// typed cells with number formats, wrapped text, links, drop-downs and input messages, colour
// scales, print setup, a note under the rows. Streamed (exceljs's WorkbookWriter, each row
// committed once written), a sheet has no Table and no links: the writer cannot add either.
import type { Style, Workbook, Worksheet } from 'exceljs';
import type { SheetColumn, TableSheet } from '../SheetSpec.ts';
import { cellValue } from './cellValue.ts';
import { colourScale, crossesZero } from './colourScale.ts';
import { columnLetter } from './columnLetter.ts';
import { columnInput } from './columnInput.ts';
import { linkedValue, type LinkedValue } from './linkedValue.ts';
import { printSetup } from './printSetup.ts';
import { streamRows } from './streamRows.ts';
import { columnWidth, defaultNumFmt, HEADER_FILL, HEADER_FONT, NOTE_FONT, TABLE_STYLE } from './styles.ts';

export function renderTableSheet(wb: Workbook, sheet: TableSheet, stream = false): Worksheet {
  const ws = wb.addWorksheet(sheet.name, sheet.freeze ? { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] } : {});
  const { columns, rows } = sheet;
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = columnWidth(c.width);
  });
  const last = columnLetter(columns.length);
  const styles = columns.map((c) => cellStyle(c, stream));
  const values = (row: Record<string, unknown>): LinkedValue[] =>
    columns.map((c) => linkedValue(cellValue(row[c.key], c.type), stream ? undefined : c.link));

  if (sheet.table && rows.length && columns.length && !stream) {
    ws.addTable({
      name: sheet.table,
      ref: 'A1',
      headerRow: true,
      totalsRow: false,
      style: {
        theme: TABLE_STYLE,
        showRowStripes: true,
        showFirstColumn: false,
        showLastColumn: false,
        showColumnStripes: false,
      },
      // No column style here: exceljs would write it as a `dxfId` that tableColumn may not have.
      columns: columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: rows.map(values),
    } as Parameters<Worksheet['addTable']>[0]);
    rows.forEach((_, r) => {
      const xr = ws.getRow(r + 2);
      styles.forEach((style, i) => {
        if (style !== NO_STYLE) Object.assign(xr.getCell(i + 1), style);
      });
    });
  } else {
    const header = ws.getRow(1);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = HEADER_FONT;
      cell.fill = HEADER_FILL;
    });
    if (stream) header.commit();
    // One style object per column and kind of value, shared by its cells: exceljs looks a shared
    // object up once (a WeakMap) instead of comparing every cell's own copy with every style.
    const shared = styles.map(() => new Map<string, CellStyle>());
    const styleOf = (i: number, value: LinkedValue): CellStyle => {
      const kind = value instanceof Date ? 'date' : typeof value;
      let style = shared[i].get(kind);
      if (!style) shared[i].set(kind, (style = { ...styles[i] }));
      return style;
    };
    if (stream) streamRows(wb, ws, 2, rows.length, (r) => values(rows[r]), styleOf);
    else
      rows.forEach((row, r) => {
        const xr = ws.getRow(r + 2);
        values(row).forEach((value, i) => {
          if (value === null) return;
          const cell = xr.getCell(i + 1);
          cell.value = value;
          cell.style = styleOf(i, value) as Partial<Style>;
        });
      });
    if (sheet.autofilter && columns.length) ws.autoFilter = `A1:${last}${rows.length + 1}`;
  }
  if (sheet.note) {
    const noteRow = ws.getRow(rows.length + 3);
    noteRow.getCell(1).value = sheet.note;
    noteRow.getCell(1).font = NOTE_FONT;
    if (stream) noteRow.commit();
  }

  const inputRows = rows.length + (sheet.spareRows ?? 0);
  if (inputRows) {
    columns.forEach((c, i) => columnInput(ws, c, `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${inputRows + 1}`));
  }
  let priority = 1;
  for (const key of sheet.heat ?? []) {
    const i = columns.findIndex((c) => c.key === key);
    if (i < 0 || rows.length === 0) continue;
    const letter = columnLetter(i + 1);
    colourScale(
      ws,
      `${letter}2:${letter}${rows.length + 1}`,
      { crossesZero: crossesZero(rows.map((r) => r[key])) },
      priority++,
    );
  }
  if (!stream) printSetup(ws, sheet.print);
  return ws;
}

type CellStyle = {
  numFmt?: string;
  alignment?: { wrapText: boolean; vertical: 'top' };
  font?: { color: { argb: string }; underline: boolean };
};
const NO_STYLE: CellStyle = {};

/** The number format, alignment and font every data cell of a column gets (no link font when streamed). */
function cellStyle(c: SheetColumn, stream: boolean): CellStyle {
  const numFmt = c.numFmt ?? defaultNumFmt(c.type);
  const link = c.link && !stream;
  if (!numFmt && !c.wrap && !link) return NO_STYLE;
  return {
    ...(numFmt ? { numFmt } : {}),
    ...(c.wrap ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}),
    ...(link ? { font: { color: { argb: 'FF1F5FAD' }, underline: true } } : {}),
  };
}
