// An images sheet: for each chart, its title (bold), a line on how to read it, then the PNG
// shown 960 pixels wide (or narrower if the file is), anchored by two cells.
import { readFile } from 'node:fs/promises';
import type { ImageRange, Workbook } from 'exceljs';
import type { ImagesSheet } from '../SheetSpec.ts';
import { COLUMN_PX, IMAGE_COLUMN_WIDTH, IMAGE_ROW_HEIGHT, imageAnchor, rowsSpanned } from './imageAnchor.ts';
import { BLOCK_TITLE_FONT, NOTE_FONT } from './styles.ts';

export const IMAGE_DISPLAY_WIDTH = 960;

export async function renderImagesSheet(wb: Workbook, sheet: ImagesSheet): Promise<void> {
  const ws = wb.addWorksheet(sheet.name);
  const columns = Math.ceil(IMAGE_DISPLAY_WIDTH / COLUMN_PX) + 1;
  for (let c = 1; c <= columns; c++) ws.getColumn(c).width = IMAGE_COLUMN_WIDTH;

  let row = 1; // 1-based sheet row
  for (const image of sheet.images) {
    ws.getCell(row, 1).value = image.title;
    ws.getCell(row, 1).font = BLOCK_TITLE_FONT;
    ws.getCell(row + 1, 1).value = image.reading;
    ws.getCell(row + 1, 1).font = NOTE_FONT;
    row += 2;

    const width = Math.min(IMAGE_DISPLAY_WIDTH, image.width);
    const height = (image.height * width) / image.width;
    const span = rowsSpanned(height);
    for (let r = row; r < row + span; r++) ws.getRow(r).height = IMAGE_ROW_HEIGHT;
    const id = wb.addImage({ buffer: (await readFile(image.png)) as unknown as ArrayBuffer, extension: 'png' });
    ws.addImage(id, imageAnchor(row - 1, width, height) as unknown as ImageRange);
    row += span + 2;
  }
}
