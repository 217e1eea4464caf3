// A cell value that links: a web address to itself, a key to its row on another sheet. Internal
// links are written with exceljs's `Sheet!A1` form; normaliseXlsx keeps only their location.
import type { ColumnLink } from '../SheetSpec.ts';
import type { CellData } from './cellValue.ts';

export type LinkedValue = CellData | { text: string; hyperlink: string; tooltip?: string };

export function linkedValue(value: CellData, link: ColumnLink | undefined): LinkedValue {
  if (!link || typeof value !== 'string') return value;
  if (link.kind === 'url')
    return /^https?:\/\/\S+$/i.test(value) && value.length < 2000 ? { text: value, hyperlink: value } : value;
  const row = link.rows.get(value);
  if (row == null) return value;
  return { text: value, hyperlink: `${sheetRef(link.sheet)}!A${row}`, tooltip: `Go to the row on ${link.sheet}` };
}

/** A sheet name as a formula writes it: quoted when it holds anything but letters, digits and _. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
