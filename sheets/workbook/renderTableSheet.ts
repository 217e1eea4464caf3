// A table sheet: bold frozen header, autofilter, column widths, typed cells, colour scales.
import type { Workbook, Worksheet } from 'exceljs';
import type { TableSheet } from '../SheetSpec.ts';
import { cellValue } from './cellValue.ts';
import { colourScale, crossesZero } from './colourScale.ts';
import { columnLetter } from './columnLetter.ts';
import { columnWidth, defaultNumFmt, HEADER_FILL, HEADER_FONT, NOTE_FONT } from './styles.ts';

/** `stream`: each row is committed once written (exceljs's streaming WorkbookWriter). */
export function renderTableSheet(wb: Workbook, sheet: TableSheet, stream = false): Worksheet {
  const ws = wb.addWorksheet(sheet.name, sheet.freeze ? { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] } : {});
  const { columns, rows } = sheet;
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = columnWidth(c.width);
  });

  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
  });
  if (stream) header.commit();

  const formats = columns.map((c) => c.numFmt ?? defaultNumFmt(c.type));
  rows.forEach((row, r) => {
    const xr = ws.getRow(r + 2);
    columns.forEach((c, i) => {
      const value = cellValue(row[c.key], c.type);
      if (value === null) return;
      const cell = xr.getCell(i + 1);
      cell.value = value;
      const fmt = formats[i];
      if (fmt && (typeof value === 'number' || value instanceof Date)) cell.numFmt = fmt;
    });
    if (stream) xr.commit();
  });
  if (sheet.note) {
    const noteRow = ws.getRow(rows.length + 3);
    noteRow.getCell(1).value = sheet.note;
    noteRow.getCell(1).font = NOTE_FONT;
    if (stream) noteRow.commit();
  }

  const last = columnLetter(columns.length);
  if (sheet.autofilter && columns.length) ws.autoFilter = `A1:${last}${rows.length + 1}`;

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
  return ws;
}
