// One codebook cell read or refused on its own: a formula by its saved result (refused when the
// workbook holds none, as files written by scripts often do), an Excel error refused, and a
// merged cell's value for every cell it covers unless that spreads it over two columns or
// across the header row, where it would make the row ambiguous.
import type { Cell, Worksheet } from 'exceljs';
import { InputError, type InputPlace } from '../../transforms/InputError.ts';
import { cellText } from './cellText.ts';

export interface CellPlace extends InputPlace {
  /** The row the sheet's header is on. */
  headerRow: number;
}

export function sheetCell(ws: Worksheet, cell: Cell, at: CellPlace): string {
  if (cell.isMerged && cell.master !== cell) {
    const master = cell.master;
    const range = mergeRange(ws, master.address);
    if (Number(master.col) !== Number(cell.col))
      throw new InputError(
        at,
        `merged cell ${range} spreads one value over several columns; unmerge it and give each column its own value`,
      );
    if (Number(master.row) <= at.headerRow)
      throw new InputError(at, `merged cell ${range} joins the header row to the rows below; unmerge it`);
  }
  const value = cell.value;
  if (value != null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const result = (value as { result?: unknown }).result;
    if (result == null)
      throw new InputError(
        at,
        `cell ${cell.address} holds a formula with no saved result; open and save the codebook in a spreadsheet ` +
          'program, or type the value',
      );
    if (typeof result === 'object' && 'error' in (result as object))
      throw new InputError(
        at,
        `cell ${cell.address} holds a formula whose result is ${(result as { error: string }).error}`,
      );
  }
  if (value != null && typeof value === 'object' && 'error' in value)
    throw new InputError(at, `cell ${cell.address} holds the error ${value.error}`);
  return cellText(value);
}

/** "B2:B4" for the merge whose top-left cell is `topLeft`. */
function mergeRange(ws: Worksheet, topLeft: string): string {
  return ws.model.merges.find((m) => m.split(':')[0] === topLeft) ?? topLeft;
}
