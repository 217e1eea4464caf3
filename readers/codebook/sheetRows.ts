// The rows of one codebook sheet as text by column name. The header row is the first row with
// anything in it; headers are matched trimmed and case-insensitively; blank rows are skipped.
// Each cell of a column Framebook reads is read or refused on its own (sheetCell.ts); a header
// naming a column Framebook does not read is a warning, a missing required column an error.
import type { Cell, Workbook } from 'exceljs';
import { InputError } from '../../transforms/InputError.ts';
import { cellText } from './cellText.ts';
import { sheetCell } from './sheetCell.ts';

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

export function sheetRows(
  wb: Workbook,
  file: string,
  shape: SheetShape,
  allSheets: string[],
  warnings: string[] = [],
): SheetRow[] {
  const ws = wb.worksheets.find((w) => w.name.trim().toLowerCase() === shape.name);
  if (!ws)
    throw new InputError(
      { file, sheet: shape.name },
      `no such sheet (the codebook needs the sheets ${allSheets.join(', ')})`,
    );
  const sheet = shape.name;
  const raw: { row: number; cells: Cell[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cell;
    });
    if (cells.some(hasContent)) raw.push({ row: rowNumber, cells });
  });

  const headerRow = raw[0]?.row ?? 1;
  const found = (raw[0]?.cells ?? []).map((cell) =>
    sheetCell(ws, cell, {
      file,
      sheet,
      row: headerRow,
      column: cell.address.replace(/\d+$/, ''),
      headerRow,
    }).toLowerCase(),
  );
  const columns = [...shape.required, ...shape.optional];
  const index: Record<string, number> = {};
  found.forEach((h, i) => {
    if (!h) return;
    const letter = ws.getColumn(i + 1).letter;
    if (!columns.includes(h)) {
      warnings.push(
        `${file}, sheet ${sheet}: column "${h}" (${letter}${headerRow}) is not one Framebook reads, so it is ignored ` +
          `(it reads ${columns.join(', ')})`,
      );
    } else if (index[h] != null) {
      const first = ws.getColumn(index[h] + 1).letter;
      throw new InputError(
        { file, sheet, row: headerRow, column: h },
        `the header row names column ${h} twice (${first}${headerRow} and ${letter}${headerRow}); keep one`,
      );
    } else index[h] = i;
  });
  for (const column of shape.required) {
    if (index[column] != null) continue;
    const present = found.filter(Boolean);
    throw new InputError(
      { file, sheet, row: headerRow, column },
      `no such column in the header row (found: ${present.length ? present.join(', ') : 'nothing'})`,
    );
  }

  return raw
    .slice(1)
    .map(({ row, cells }) => {
      const byName: Record<string, string> = {};
      for (const column of columns) {
        const cell = index[column] == null ? undefined : cells[index[column]];
        byName[column] = cell ? sheetCell(ws, cell, { file, sheet, row, column, headerRow }) : '';
      }
      return { row, cells: byName };
    })
    .filter((r) => Object.values(r.cells).some(Boolean));
}

/** Anything a user typed: text other than spaces, a number, or a formula (with or without a result). */
function hasContent(cell: Cell | undefined): boolean {
  if (!cell || cell.value == null) return false;
  const v = cell.value;
  return cellText(v) !== '' || (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v));
}
