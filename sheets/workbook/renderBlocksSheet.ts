// A blocks sheet: a title, then small tables stacked vertically, each under a bold title row and
// an optional note, with a blank row between them and colour scales where asked.
import type { Workbook, Worksheet } from 'exceljs';
import type { BlocksSheet } from '../SheetSpec.ts';
import { cellValue } from './cellValue.ts';
import { colourScale, crossesZero } from './colourScale.ts';
import { columnLetter } from './columnLetter.ts';
import {
  BLOCK_TITLE_FONT,
  columnWidth,
  defaultNumFmt,
  defaultWidth,
  HEADER_FILL,
  HEADER_FONT,
  NOTE_FONT,
  TITLE_FONT,
} from './styles.ts';

export function renderBlocksSheet(wb: Workbook, sheet: BlocksSheet): Worksheet {
  const ws = wb.addWorksheet(sheet.name);
  const widths: number[] = [];
  ws.getCell(1, 1).value = sheet.title;
  ws.getCell(1, 1).font = TITLE_FONT;

  let r = 3;
  let priority = 1;
  for (const block of sheet.blocks) {
    ws.getCell(r, 1).value = block.title;
    ws.getCell(r, 1).font = BLOCK_TITLE_FONT;
    r++;
    if (block.note) {
      ws.getCell(r, 1).value = block.note;
      ws.getCell(r, 1).font = NOTE_FONT;
      r++;
    }
    block.columns.forEach((c, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.value = c.header;
      cell.font = HEADER_FONT;
      cell.fill = HEADER_FILL;
      widths[i] = Math.max(widths[i] ?? 0, c.width ?? defaultWidth(c.type));
    });
    const first = r + 1;
    for (const row of block.rows) {
      r++;
      block.columns.forEach((c, i) => {
        const value = cellValue(row[c.key], c.type);
        if (value === null) return;
        const cell = ws.getCell(r, i + 1);
        cell.value = value;
        const fmt = c.numFmt ?? defaultNumFmt(c.type);
        if (fmt && (typeof value === 'number' || value instanceof Date)) cell.numFmt = fmt;
      });
    }
    if (block.heat && block.rows.length) {
      const heat = block.heat;
      const cols = heat.columns
        .map((k) => block.columns.findIndex((c) => c.key === k))
        .filter((i) => i >= 0)
        .sort((a, b) => a - b);
      const values = block.rows.flatMap((row) => heat.columns.map((k) => row[k]));
      const ends = { min: heat.min, max: heat.max, crossesZero: crossesZero(values, heat.min, heat.max) };
      // One rule over all the block's heat columns, so that their colours are comparable.
      const ref = cols.map((i) => `${columnLetter(i + 1)}${first}:${columnLetter(i + 1)}${r}`).join(' ');
      if (ref) colourScale(ws, ref, ends, priority++);
    }
    r += 2;
  }
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = columnWidth(w);
  });
  return ws;
}
