// The output workbook described as data: a list of sheets, each a table, a stack of small
// tables ("blocks"), or a column of chart images. sheets/writeWorkbook.ts is the one module that
// turns a spec into an .xlsx; everything else builds specs.
import type { CellType } from '../transforms/schema/index.ts';

export type { CellType };

/** One column of a table: the row key it reads, the header it shows, how its cells are typed. */
export interface SheetColumn {
  key: string;
  header: string;
  /** integer/number cells are numbers, `date` cells ("YYYY-MM-DD") real dates, booleans booleans. */
  type: CellType;
  /** Width in characters. */
  width: number;
  /** Excel number format; a default by type when absent (dates: yyyy-mm-dd). */
  numFmt?: string;
}

/** A sheet holding one table: header row bold and frozen, autofilter, typed cells. */
export interface TableSheet {
  kind: 'table';
  /** Sheet name, at most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  columns: SheetColumn[];
  rows: Record<string, unknown>[];
  /** Freeze the header row (and nothing else). */
  freeze: boolean;
  autofilter: boolean;
  /** Column keys whose numbers get a colour scale. */
  heat?: string[];
  /** A line under the rows (one blank row between), e.g. that the sheet was cut at the row cap. */
  note?: string;
}

/** A colour scale over some columns of a block: two colours from min to max, three when min < 0 < max. */
export interface BlockHeat {
  columns: string[];
  /** Fixed ends of the scale (e.g. 0 and 1 for shares); the data's own min and max when absent. */
  min?: number;
  max?: number;
}

/** One small table of a blocks sheet, under a bold title row. */
export interface Block {
  title: string;
  /** One line under the title: what the block shows and how to read it. */
  note?: string;
  columns: { key: string; header: string; type: CellType; width?: number; numFmt?: string }[];
  rows: Record<string, unknown>[];
  heat?: BlockHeat;
}

/** Small tables stacked vertically under a sheet title, one blank row between them. */
export interface BlocksSheet {
  kind: 'blocks';
  name: string;
  title: string;
  blocks: Block[];
}

/** One chart image with its title and a line on how to read it above it. */
export interface SheetImage {
  title: string;
  reading: string;
  /** Path of the PNG file. */
  png: string;
  /** Size of the PNG in pixels (it is shown scaled to a fixed width, keeping its proportions). */
  width: number;
  height: number;
}

/** Images stacked vertically, each anchored by its top-left and bottom-right cells. */
export interface ImagesSheet {
  kind: 'images';
  name: string;
  images: SheetImage[];
}

export type SheetSpec = TableSheet | BlocksSheet | ImagesSheet;

export interface WorkbookSpec {
  sheets: SheetSpec[];
}
