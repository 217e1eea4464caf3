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
  /** Wrap long text inside the cell (the row grows) instead of cutting it at the column's edge. */
  wrap?: boolean;
  /** Cells that link elsewhere: see ColumnLink. */
  link?: ColumnLink;
  /** A drop-down of allowed values (others refused), with a message shown when the cell is selected. */
  choices?: Choices;
  /** A message shown when a cell of the column is selected (what to type there). */
  prompt?: string;
  /** A check of each cell: an Excel formula true for a good value, `{cell}` standing for the cell; a warning otherwise. */
  rule?: { formula: string; error: string };
}

/**
 * `url`: the cell's text is a web address and links to it. `row`: the cell's text is a key of
 * another sheet and links to that sheet's row (`rows` maps the key to the 1-based sheet row).
 */
export type ColumnLink = { kind: 'url' } | { kind: 'row'; sheet: string; rows: ReadonlyMap<string, number> };

export interface Choices {
  values: readonly string[];
  /** Whether a value outside the list is refused (true) or only warned about (false). */
  strict: boolean;
}

/** How a sheet prints: landscape, as many pages wide as `pagesWide`, header rows repeated. */
export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  pagesWide: number;
  /** Pages down the sheet is shrunk to fit on; as many as it takes when absent. */
  pagesTall?: number;
  /** Rows repeated at the top of every printed page, e.g. "1:1". */
  repeatRows?: string;
}

/**
 * A sheet holding one table: an Excel Table (filter buttons, banded rows) when `table` names it
 * and it has rows, else a bold header with an autofilter; typed cells.
 */
export interface TableSheet {
  kind: 'table';
  /** Sheet name, at most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  /** Name of the Excel Table: letters, digits and _, not led by a digit, unique in the workbook. */
  table?: string;
  columns: SheetColumn[];
  rows: Record<string, unknown>[];
  /** Freeze the header row (and nothing else). */
  freeze: boolean;
  /** A sheet-level autofilter over the header, used only when the sheet holds no Excel Table. */
  autofilter: boolean;
  print?: PrintSetup;
  /** Empty rows under the data that drop-downs and messages also cover, for rows the user adds. */
  spareRows?: number;
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
  /** Native charts beside the blocks, drawn from the blocks' cells. */
  charts?: BlockChart[];
  print?: PrintSetup;
  /** Freeze the title row and the first column (the row labels). */
  freeze?: boolean;
}

/**
 * A native Excel chart drawn from one block: the block's first column as categories, each of
 * `series` (column keys) as a series named by its header. Bars run horizontally.
 */
export interface BlockChart {
  /** Index of the block in the sheet's `blocks`. */
  block: number;
  title: string;
  series: string[];
  /** Number format of the value axis ("0%"). */
  numFmt?: string;
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
