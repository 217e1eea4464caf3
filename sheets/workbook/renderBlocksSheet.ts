// A blocks sheet: a title, then small tables stacked vertically, each under a bold title row and
// an optional note, with a blank row between them and colour scales where asked; frozen title
// row and label column, print setup, and the sheet's native charts resolved to
// the cells of their blocks (returned, for normaliseXlsx to add to the package; a streamed
// workbook has no re-zip step and leaves them out).
import type { Workbook, Worksheet } from 'exceljs';
import type { BlocksSheet } from '../SheetSpec.ts';
import type { NativeChart } from './NativeChart.ts';
import { blockChart, type BlockPlace } from './blockChart.ts';
import { printSetup } from './printSetup.ts';
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

export interface RenderedBlocks {
  worksheet: Worksheet;
  charts: NativeChart[];
}

export function renderBlocksSheet(wb: Workbook, sheet: BlocksSheet): RenderedBlocks {
  const ws = wb.addWorksheet(sheet.name, sheet.freeze ? { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] } : {});
  const places: BlockPlace[] = [];
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
    places.push({ header: r, first });
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
  printSetup(ws, sheet.print);
  const charts = (sheet.charts ?? []).flatMap((chart, i) => {
    const place = places[chart.block];
    const block = sheet.blocks[chart.block];
    return place && block && block.rows.length
      ? [blockChart(sheet.name, block, place, chart, { col: widths.length + 1, row: 2 + i * CHART_ROWS })]
      : [];
  });
  return { worksheet: ws, charts };
}

/** Rows a chart takes beside the blocks, a blank row included. */
const CHART_ROWS = 22;
