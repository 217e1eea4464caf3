// The few looks the workbook uses, in one place.
import type { CellType } from '../../transforms/schema/index.ts';

export const HEADER_FONT = { bold: true };
export const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8ECF2' } };
export const TITLE_FONT = { bold: true, size: 14 };
export const BLOCK_TITLE_FONT = { bold: true, size: 12 };
export const NOTE_FONT = { italic: true, color: { argb: 'FF555555' } };

/** Colour-blind-safe ends of the colour scales: white to blue, and red-white-blue around 0. */
export const SCALE_LOW = 'FFFFFFFF';
export const SCALE_HIGH = 'FF4A7FC1';
export const SCALE_NEGATIVE = 'FFD6604D';

/** Number format of a column when its spec gives none. */
export function defaultNumFmt(type: CellType): string | undefined {
  if (type === 'date') return 'yyyy-mm-dd';
  if (type === 'integer') return '0';
  return undefined;
}

/** Width of a column in characters when its spec gives none. */
export function defaultWidth(type: CellType): number {
  return { text: 24, integer: 9, number: 10, date: 12, boolean: 9 }[type];
}

/** exceljs drops a width of exactly 9 characters (its default) from the file; keep it. */
export function columnWidth(width: number): number {
  return width === 9 ? 9.01 : width;
}

/** The one look of every Excel Table in the workbook: medium blue header, banded rows. */
export const TABLE_STYLE = 'TableStyleMedium2';
