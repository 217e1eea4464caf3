// The rows of one codebook sheet as text by column name. The header row is the first row with
// anything in it; headers are matched trimmed and case-insensitively; empty rows are skipped.
import type { Workbook } from 'exceljs';
import { InputError } from '../../transforms/InputError.ts';
import { cellText } from './cellText.ts';

export interface SheetRow {
  /** Row number as Excel shows it. */
  row: number;
  cells: Record<string, string>;
}

export interface SheetShape {
  name: string;
  required: string[];
  optional: string[];
}

export function sheetRows(wb: Workbook, file: string, shape: SheetShape, allSheets: string[]): SheetRow[] {
  const ws = wb.worksheets.find((w) => w.name.trim().toLowerCase() === shape.name);
  if (!ws)
    throw new InputError(
      { file, sheet: shape.name },
      `no such sheet (the codebook needs the sheets ${allSheets.join(', ')})`,
    );

  const texts: { row: number; cells: string[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    if (cells.some((c) => c)) texts.push({ row: rowNumber, cells });
  });

  const header = texts[0];
  const headerRow = header?.row ?? 1;
  const found = (header?.cells ?? []).map((h) => (h ?? '').toLowerCase());
  const index: Record<string, number> = {};
  for (const column of [...shape.required, ...shape.optional]) {
    const i = found.indexOf(column);
    if (i >= 0) index[column] = i;
    else if (shape.required.includes(column)) {
      const present = found.filter(Boolean);
      throw new InputError(
        { file, sheet: shape.name, row: headerRow, column },
        `no such column in the header row (found: ${present.length ? present.join(', ') : 'nothing'})`,
      );
    }
  }

  return texts
    .slice(1)
    .map(({ row, cells }) => {
      const byName: Record<string, string> = {};
      for (const column of [...shape.required, ...shape.optional])
        byName[column] = index[column] == null ? '' : (cells[index[column]] ?? '');
      return { row, cells: byName };
    })
    .filter((r) => Object.values(r.cells).some(Boolean));
}
