// Where an image sits on a sheet, as a two-cell anchor (top-left and bottom-right cell with
// offsets in EMU). A one-cell anchor gets an `editAs` attribute from exceljs that the format
// forbids there (openpyxl then drops the image); two cells are read the same by Excel,
// LibreOffice and openpyxl. The images sheet gives its columns and rows fixed sizes so that the
// anchor can be computed in pixels.

/** Column width (characters, as stored) that Excel shows as 64 pixels with its default font. */
export const IMAGE_COLUMN_WIDTH = 9.140625;
export const COLUMN_PX = 64;
/** Row height in points that is 20 pixels. */
export const IMAGE_ROW_HEIGHT = 15;
export const ROW_PX = 20;
const EMU_PER_PX = 9525;

export interface NativeAnchor {
  nativeCol: number;
  nativeColOff: number;
  nativeRow: number;
  nativeRowOff: number;
}

/** The anchor of an image `width` × `height` pixels whose top-left corner is at (0-based) `row`, column 0. */
export function imageAnchor(row: number, width: number, height: number): { tl: NativeAnchor; br: NativeAnchor } {
  const w = Math.round(width);
  const h = Math.round(height);
  return {
    tl: { nativeCol: 0, nativeColOff: 0, nativeRow: row, nativeRowOff: 0 },
    br: {
      nativeCol: Math.floor(w / COLUMN_PX),
      nativeColOff: (w % COLUMN_PX) * EMU_PER_PX,
      nativeRow: row + Math.floor(h / ROW_PX),
      nativeRowOff: (h % ROW_PX) * EMU_PER_PX,
    },
  };
}

/** How many rows an image of `height` pixels covers, the partly covered last one included. */
export function rowsSpanned(height: number): number {
  return Math.ceil(Math.round(height) / ROW_PX);
}
